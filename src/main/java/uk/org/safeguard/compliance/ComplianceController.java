package uk.org.safeguard.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.calendar.WorkingDays;

/**
 * {@code GET /api/compliance?from=2026-01-01&to=2026-12-31&process=…&group=…&team=…}:
 * dates are London calendar days (to inclusive); the default period is the last 365 days.
 */
@RestController
class ComplianceController {

	private final ComplianceService compliance;

	private final ManagerAccess access;

	private final ChildrenWaiting childrenWaiting;

	ComplianceController(ComplianceService compliance, ManagerAccess access, ChildrenWaiting childrenWaiting) {
		this.compliance = compliance;
		this.access = access;
		this.childrenWaiting = childrenWaiting;
	}

	/**
	 * The children waiting longest on overdue work that the caller's groups may see, most
	 * overdue first (at most 15).
	 */
	@GetMapping("/api/compliance/children")
	java.util.List<ChildrenWaiting.Child> childrenWaiting() {
		access.require();
		return childrenWaiting.longestWaiting();
	}

	@GetMapping("/api/compliance")
	ComplianceReport compliance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String process, @RequestParam(required = false) String group,
			@RequestParam(required = false) String team) {
		access.require();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant start = from == null ? now.minus(Duration.ofDays(365)) : day("from", from);
		Instant end = to == null ? now.plusSeconds(1) : day("to", to).plus(Duration.ofDays(1));
		if (!start.isBefore(end)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to");
		}
		return compliance.report(new ComplianceService.Filter(start, end, process, group, team));
	}

	static Instant day(String name, String value) {
		try {
			return LocalDate.parse(value).atStartOfDay(WorkingDays.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a date yyyy-MM-dd");
		}
	}

}
