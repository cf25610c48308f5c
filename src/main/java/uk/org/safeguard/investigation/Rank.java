package uk.org.safeguard.investigation;

/** Supervisory ranks in order of seniority, with the group that holds each and the one above it. */
public enum Rank {

	DS("police-ds"), DI("police-di"), DCI("police-dci"), SUPERINTENDENT("police-superintendent");

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
