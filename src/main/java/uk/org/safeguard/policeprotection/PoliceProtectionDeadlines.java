package uk.org.safeguard.policeprotection;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.org.safeguard.strategy.StrategyDiscussions;
import uk.org.safeguard.support.ModelBean;
import uk.org.safeguard.support.TypedVariables;

import static uk.org.safeguard.policeprotection.PoliceProtectionProcess.*;

/**
 * The clocks of police protection, all counted from {@code protectedAt}, used by the
 * model as {@code ${policeProtectionDeadlines.…(execution)}}.
 */
@ModelBean
@Component("policeProtectionDeadlines")
public class PoliceProtectionDeadlines {

	private final PoliceProtectionTimescales timescales;

	public PoliceProtectionDeadlines(PoliceProtectionTimescales timescales) {
		this.timescales = timescales;
	}

	public void start(DelegateExecution execution) {
		uk.org.safeguard.support.BusinessKeys.ensure(execution, "PP", null);
		Date protectedAt = TypedVariables.date(execution, PROTECTED_AT);
		Date expires = plus(protectedAt, LEGAL_MAXIMUM.toMillis());
		execution.setVariable(EXPIRES_AT, expires);
		execution.setVariable(INFORM_LOCAL_AUTHORITY_DUE_AT,
				plus(protectedAt, timescales.informLocalAuthority().toMillis()));
		execution.setVariable(INQUIRY_DUE_AT, plus(protectedAt, timescales.designatedOfficerInquiry().toMillis()));
		execution.setVariable(EPO_DECISION_DUE_AT, plus(protectedAt, timescales.epoDecision().toMillis()));
		execution.setVariable(END_DUE_AT, plus(expires, -timescales.endBeforeExpiry().toMillis()));
	}

	/**
	 * A strategy discussion at once (urgency IMMEDIATE), as for a child at immediate
	 * risk.
	 */
	public void startStrategyDiscussion(DelegateExecution execution) {
		new StrategyDiscussions(TypedVariables.string(execution, CHILD_ID),
				TypedVariables.string(execution, CHILD_NAME), TypedVariables.string(execution, CHILD_DATE_OF_BIRTH),
				null, "Police protection (Children Act 1989 s.46): " + TypedVariables.string(execution, REASON), null,
				null, true)
			.start(execution);
	}

	private static Date plus(Date at, long millis) {
		return new Date(at.getTime() + millis);
	}

}
