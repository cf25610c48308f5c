package uk.org.safeguard.investigation;

import uk.org.safeguard.identity.SafeguardGroups;

/**
 * Supervisory ranks in order of seniority, with the group that holds each and the one
 * above it.
 */
public enum Rank {

	DS(SafeguardGroups.POLICE_DS), DI(SafeguardGroups.POLICE_DI), DCI(SafeguardGroups.POLICE_DCI),
	SUPERINTENDENT(SafeguardGroups.POLICE_SUPERINTENDENT);

	private final String group;

	Rank(String group) {
		this.group = group;
	}

	public String group() {
		return group;
	}

	/** Where an overdue review by this rank escalates: DS→DI→DCI→superintendent. */
	public Rank next() {
		return this == SUPERINTENDENT ? SUPERINTENDENT : values()[ordinal() + 1];
	}

	public boolean isAbove(Rank other) {
		return ordinal() > other.ordinal();
	}

}
