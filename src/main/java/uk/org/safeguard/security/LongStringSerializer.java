package uk.org.safeguard.security;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String longer than the engine's text column (4,000 characters) in the
 * byte-array table, so case notes up to Safeguard's limit (10,000 characters, SPEC
 * section 7) are kept whole instead of failing with a database error. Clients still see
 * an ordinary String.
 */
class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

	static final int TEXT_COLUMN_LENGTH = 4000;

	LongStringSerializer() {
		super(ValueType.STRING);
	}

	@Override
	public String getName() {
		return "safeguardLongString";
	}

	@Override
	protected boolean canWriteValue(TypedValue value) {
		return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
	}

	@Override
	public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
		return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
	}

	@Override
	public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
		byte[] bytes = valueFields.getByteArrayValue();
		return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
				asTransientValue);
	}

	@Override
	public void writeValue(StringValue value, ValueFields valueFields) {
		valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
	}

}
