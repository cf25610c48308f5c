package uk.org.safeguard.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.org.safeguard.calendar.WorkingDays;
import uk.org.safeguard.identity.ApiAccess;
import uk.org.safeguard.identity.SafeguardGroups;
import uk.org.safeguard.timeline.ChildTimeline;

/**
 * {@code GET /api/audit}: who read or was refused which case, for data-protection
 * officers (SPEC section 9).
 */
@RestController
@Tag(name = "Access audit", description = "Reads of case data and refusals, for information governance")
class AuditController {

	private final AccessAudit audit;

	private final ApiAccess access;

	private final ChildTimeline timeline;

	private final IdentityService identityService;

	AuditController(AccessAudit audit, ApiAccess access, ChildTimeline timeline, IdentityService identityService) {
		this.audit = audit;
		this.access = access;
		this.timeline = timeline;
		this.identityService = identityService;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "Audit entries, newest first",
			description = "For information-governance and camunda-admin only. childId finds the child's own entries "
					+ "and every read of a case that touches the child (by household too), whoever's it is.")
	AccessAudit.Page find(@Parameter(example = "C-1042") @RequestParam(required = false) String childId,
			@RequestParam(required = false) String processInstanceId,
			@Parameter(example = "health.demo") @RequestParam(required = false) String userId,
			@Parameter(description = "ISO date or date-time, inclusive",
					example = "2026-11-27") @RequestParam(required = false) String from,
			@Parameter(description = "ISO date (inclusive) or date-time (exclusive)",
					example = "2026-11-28") @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		access.requireAnyGroup(g -> g.equals(SafeguardGroups.INFORMATION_GOVERNANCE) || g.equals(SafeguardGroups.ADMIN),
				"The access audit is for information governance only");
		if (page < 0 || size < 1 || size > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to 500");
		}
		List<String> childCases = childId == null ? List.of() : casesOf(childId);
		return audit.find(new AccessAudit.Query(childId, childCases, processInstanceId, userId,
				instant("from", from, false), instant("to", to, true), page, size));
	}

	/**
	 * The child's cases, found as the engine: the officer reading the audit may not read
	 * the cases themselves.
	 */
	private List<String> casesOf(String childId) {
		var caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return List.copyOf(timeline.cases(childId).keySet());
		}
		finally {
			identityService.setAuthentication(caller);
		}
	}

	private static Instant instant(String name, String text, boolean endOfDay) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(WorkingDays.ZONE).toInstant();
			}
			catch (DateTimeParseException notDate) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be an ISO date or date-time");
			}
		}
	}

}
