package uk.org.safeguard.support;

/**
 * The variable names SPEC section 2 shares across processes: a child and a household are
 * identified the same way in every case, and the views that span cases (timeline, record,
 * access audit, Tasklist filters, compliance report) read them by these names. Each
 * process's constants class refers to these rather than writing the names again.
 */
public final class SharedVariables {

	/** Identifies a child across every process. */
	public static final String CHILD_ID = "childId";

	public static final String CHILD_NAME = "childName";

	/** {@code yyyy-MM-dd}. */
	public static final String CHILD_DATE_OF_BIRTH = "childDateOfBirth";

	/** Identifies a household across domestic-abuse incidents and MARAC cases. */
	public static final String HOUSEHOLD_ID = "householdId";

	/** The reference of the case a task belongs to, shown in Tasklist lists. */
	public static final String CASE_REFERENCE = "caseReference";

	/** The investigating team of a task, for the compliance report. */
	public static final String TEAM = "team";

	/** The agency (a group id) that must act, for the compliance report. */
	public static final String AGENCY = "agency";

	private SharedVariables() {
	}

}
