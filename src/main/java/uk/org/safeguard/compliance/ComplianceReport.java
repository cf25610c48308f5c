package uk.org.safeguard.compliance;

import java.time.Instant;
import java.util.List;

/**
 * Statutory-timescale compliance for a period: of the user tasks with a due date created
 * in it, how many were completed on time, completed late (and by how long), are open and
 * overdue, or are open within time; and how many escalations fired. Totals, and
 * breakdowns by process, task and candidate group.
 */
public record ComplianceReport(Instant from, Instant to, Instant generatedAt, Counts total, List<Line> byProcess,
		List<Line> byTask, List<Line> byGroup) {

	public record Counts(long completedOnTime, long completedLate, double averageHoursLate, double maxHoursLate,
			long openOverdue, long openWithinTime, long escalations) {
	}

	/**
	 * One row of a breakdown; {@code groupName} is what people call the candidate group
	 * ("Detective inspectors", not "police-di").
	 */
	public record Line(String processKey, String taskKey, String candidateGroup, String groupName, Counts counts) {
	}

}
