package uk.org.safeguard.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inspection-figures?from=yyyy-MM-dd&to=yyyy-MM-dd}; default the last 365
 * days.
 */
@RestController
class InspectionFiguresController {

	private final InspectionFiguresService figures;

	private final ManagerAccess access;

	InspectionFiguresController(InspectionFiguresService figures, ManagerAccess access) {
		this.figures = figures;
		this.access = access;
	}

	@GetMapping("/api/inspection-figures")
	Map<String, Object> figures(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		access.require();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant start = from == null ? now.minus(Duration.ofDays(365)) : ComplianceController.day("from", from);
		Instant end = to == null ? now.plusSeconds(1) : ComplianceController.day("to", to).plus(Duration.ofDays(1));
		return figures.figures(start, end);
	}

}
