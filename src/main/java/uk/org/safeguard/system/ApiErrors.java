package uk.org.safeguard.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.org.safeguard.validation.InvalidInputException;

/**
 * How Safeguard's API answers the engine's refusals: the same shapes as the REST API's.
 */
@RestControllerAdvice
class ApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidInputException invalid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "InvalidInputException");
		body.put("message", "Invalid input: " + String.join("; ", invalid.getViolations()));
		body.put("violations", invalid.getViolations());
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<Map<String, Object>> refused(AuthorizationException refused) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Map.of("type", "AuthorizationException", "message", "You may not do this"));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException missing) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("type", "NotFound", "message", "Not deployed or not found"));
	}

}
