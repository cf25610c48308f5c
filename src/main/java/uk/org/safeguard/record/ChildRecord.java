package uk.org.safeguard.record;

import java.util.Date;
import java.util.List;

import uk.org.safeguard.timeline.ChildTimeline;

/**
 * A child's record for a court or an inspector (SPEC section 9): every case the reader
 * may see, in time order, with its tasks and deadlines, its decisions with their
 * rationale, and the agency actions it set.
 */
record ChildRecord(String childId, String childName, String readBy, Date producedAt, List<Case> cases) {

	record Case(ChildTimeline.Entry entry, List<Decision> decisions, List<Action> actions) {
	}

	/**
	 * A recorded decision or its rationale: the variable's readable name and its value as
	 * text.
	 */
	record Decision(String name, String value) {
	}

	record Action(String agency, String description, Date due, Date done, String deadline, String outcome,
			String notes) {
	}

}
