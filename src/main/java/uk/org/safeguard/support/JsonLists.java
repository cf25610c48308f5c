package uk.org.safeguard.support;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads list variables (attendees, actions, children) that arrive as Camunda Spin JSON
 * from REST and other processes, or as JSON text from a Tasklist form.
 */
public final class JsonLists {

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonLists() {
	}

	/** The list, or null when the value is missing or not a JSON list of objects. */
	public static List<Map<String, Object>> read(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return JSON.convertValue(list, new TypeReference<>() {
			});
		}
		try {
			return JSON.readValue(value.toString(), new TypeReference<>() {
			});
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** The list as JSON text. */
	public static String write(List<Map<String, Object>> list) {
		try {
			return JSON.writeValueAsString(list);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	public static String text(Map<String, Object> item, String field) {
		Object value = item.get(field);
		return value == null ? null : value.toString();
	}

}
