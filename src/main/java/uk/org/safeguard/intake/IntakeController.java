package uk.org.safeguard.intake;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/intake/{processKey}}: other systems send work in (SPEC section 9,
 * docs/integration.md).
 */
@RestController
@Tag(name = "Intake", description = "Other systems (police records, custody, social-care case management) start cases")
class IntakeController {

	static final String REFERRAL_EXAMPLE = """
			{"businessKey": "REF-2026-0042", "childId": "C-1042", "childName": "Sam Example",
			 "childDateOfBirth": "2015-03-14", "concernType": "DOMESTIC_ABUSE", "incidentAt": "2026-11-28T02:00:00Z",
			 "childWishesAndFeelings": "Sam said he was scared when the shouting started",
			 "householdId": "H-77", "schoolName": "Queen's Park Academy"}""";

	private final IntakeService intake;

	IntakeController(IntakeService intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/api/intake/{processKey}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Start a case, exactly once per Idempotency-Key",
			description = "Plain JSON variables as SPEC section 4 names them (points in time as ISO-8601 text, lists "
					+ "as JSON arrays), optionally a businessKey. The same key and body again answer 200 with the first "
					+ "answer and start nothing; the same key with another body is 409. Callers: integration and the "
					+ "police groups, for the processes their groups may start.",
			responses = {
					@ApiResponse(responseCode = "201", description = "Started; Location names the case",
							content = @Content(examples = @ExampleObject(
									value = "{\"processInstanceId\": \"5f0c…\", \"businessKey\": \"REF-2026-0042\"}"))),
					@ApiResponse(responseCode = "200", description = "A replay: the first answer, nothing started"),
					@ApiResponse(responseCode = "400", description = "Bad input, the message names each variable",
							content = @Content(examples = @ExampleObject(
									value = "{\"type\": \"InvalidInputException\", \"message\": \"Invalid input: childName is required\", \"violations\": [\"childName is required\"]}"))),
					@ApiResponse(responseCode = "403", description = "The caller's groups may not start this process"),
					@ApiResponse(responseCode = "404", description = "Not a process the intake API starts"),
					@ApiResponse(responseCode = "409", description = "The key was used for a different request") })
	ResponseEntity<Map<String, Object>> start(@Parameter(
			description = "One of " + "ChildReferralProcess, DomesticAbuseIncidentProcess, ChildInCustodyProcess, "
					+ "MissingChildProcess, InvestigationProcess, PoliceProtectionProcess",
			example = uk.org.safeguard.referral.ChildReferralProcess.KEY) @PathVariable String processKey,
			@Parameter(description = "Chosen by the sending system, unique per piece of work (at most 200 characters)",
					example = "police-records:incident:2026-000123") @RequestHeader(name = "Idempotency-Key",
							required = false) String idempotencyKey,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"),
					examples = @ExampleObject(name = "referral", value = REFERRAL_EXAMPLE))) @RequestBody(
							required = false) JsonNode body) {
		if (!IntakeService.PROCESSES.contains(processKey)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					processKey + " is not started through the intake API; see /api/openapi.json");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Idempotency-Key header is required (1 to 200 characters)");
		}
		if (body == null || !body.isObject()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body must be a JSON object of variables");
		}
		IntakeService.Result result = intake.submit(processKey, idempotencyKey, body);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("processInstanceId", result.processInstanceId());
		answer.put("businessKey", result.businessKey());
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/engine-rest/process-instance/" + result.processInstanceId()))
			.body(answer);
	}

}
