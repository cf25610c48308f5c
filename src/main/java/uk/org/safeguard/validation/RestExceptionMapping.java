package uk.org.safeguard.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Answers 400 for {@link InvalidInputException}, wherever the REST resources wrapped it;
 * every other exception keeps Camunda's own mapping.
 */
public final class RestExceptionMapping {

	private RestExceptionMapping() {
	}

	static Response badRequest(InvalidInputException invalid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "InvalidInputException");
		body.put("message", invalid.getMessage());
		body.put("violations", invalid.getViolations());
		return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	static InvalidInputException invalidInputIn(Throwable throwable) {
		for (Throwable t = throwable; t != null; t = t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		return null;
	}

	@Provider
	@Priority(1)
	public static class ForRestException implements ExceptionMapper<RestException> {

		private final RestExceptionHandler fallback = new RestExceptionHandler();

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(RestException exception) {
			InvalidInputException invalid = invalidInputIn(exception);
			if (invalid != null) {
				return badRequest(invalid);
			}
			if (exception.getCause() instanceof ProcessEngineException cause && isCorrelation(uri, cause)) {
				return noMatchingCase();
			}
			return fallback.toResponse(exception);
		}

	}

	/**
	 * SPEC section 7, "messages reveal nothing": a message that matches no case of the
	 * caller's answers the same 404 whether the case does not exist or belongs to others,
	 * and names no case.
	 */
	static Response noMatchingCase() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "NoMatchingCase");
		body.put("message", "No case that you work matches this message");
		return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
	}

	static boolean isCorrelation(UriInfo uri, ProcessEngineException exception) {
		return uri != null && uri.getPath().matches("(.*/)?(message|signal)/?")
				&& (exception instanceof MismatchingMessageCorrelationException
						|| exception instanceof AuthorizationException);
	}

	@Provider
	@Priority(1)
	public static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler fallback = new ProcessEngineExceptionHandler();

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(ProcessEngineException exception) {
			InvalidInputException invalid = invalidInputIn(exception);
			if (invalid != null) {
				return badRequest(invalid);
			}
			return isCorrelation(uri, exception) ? noMatchingCase() : fallback.toResponse(exception);
		}

	}

	@Provider
	@Priority(1)
	public static class ForAnyException implements ExceptionMapper<Throwable> {

		private final ExceptionHandler fallback = new ExceptionHandler();

		@Override
		public Response toResponse(Throwable exception) {
			InvalidInputException invalid = invalidInputIn(exception);
			return invalid != null ? badRequest(invalid) : fallback.toResponse(exception);
		}

	}

}
