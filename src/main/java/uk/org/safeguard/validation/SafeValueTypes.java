package uk.org.safeguard.validation;

import java.util.Set;

import org.camunda.bpm.engine.impl.variable.ValueTypeResolverImpl;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * The variable types a client may send (SPEC section 7): String, Boolean, Integer, Long,
 * Double, Date and Json. The engine asks this resolver only when it reads typed variables
 * from a REST request (both {@code /engine-rest} and the webapps' API), so Object, File,
 * Bytes and Xml are answered 400 "Unsupported value type" before anything is stored; the
 * engine's own values (e.g. decision results) are unaffected.
 */
public class SafeValueTypes extends ValueTypeResolverImpl {

	static final Set<String> REFUSED = Set.of("object", "file", "bytes", "xml");

	@Override
	public ValueType typeForName(String typeName) {
		return typeName == null || REFUSED.contains(typeName) ? null : super.typeForName(typeName);
	}

}
