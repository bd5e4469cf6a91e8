package dev.stackwright.core.yaml;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A Jackson generator that writes YAML text straight from databind's tokens, with the bytes of
 * Jackson's YAML generator as {@link Yaml} configures it (no document start marker, minimal quotes,
 * number-like strings quoted, no line splitting, sequences indented with their indicator), without
 * building SnakeYAML events. Serializers, property order and inclusion stay the mapper's. What it
 * does not write exactly raises {@link NeedsJackson}, and the document is written by Jackson.
 */
final class YamlWriter extends GeneratorBase {
  private final BlockEmitter emitter;

  /**
   * The generator features of Stackwright's YAML mapper, which sets none: Jackson's defaults
   * ({@code YamlWriterTest} checks that they are the mapper's).
   */
  static final int FEATURES = JsonGenerator.Feature.collectDefaults();

  private YamlWriter(StringBuilder out) {
    super(
        FEATURES,
        null,
        new IOContext(
            StreamReadConstraints.defaults(),
            StreamWriteConstraints.defaults(),
            ErrorReportConfiguration.defaults(),
            new BufferRecycler(),
            ContentReference.unknown(),
            false));
    this.emitter = new BlockEmitter(out);
  }

  /**
   * One object as a YAML document: by its generated writer ({@link BeanWriters}) when its class has
   * one, without making Stackwright's mapper, and by that mapper's serializers otherwise.
   *
   * @throws NeedsJackson when the document holds something only Jackson's generator writes exactly
   */
  static String write(Object object) throws IOException {
    StringBuilder out = new StringBuilder(2048);
    YamlWriter writer = new YamlWriter(out);
    if (object == null || !BeanWriters.GENERATED.write(object, writer)) {
      writer.withMapper(Yaml.mapper()).writeValue(writer, object);
    }
    writer.emitter.finish();
    writer.close();
    return out.toString();
  }

  /**
   * One object as a YAML document written by {@code mapper}'s serializers alone.
   *
   * @throws NeedsJackson when the document holds something only Jackson's generator writes exactly
   */
  static String write(ObjectMapper mapper, Object object) throws IOException {
    StringBuilder out = new StringBuilder(2048);
    YamlWriter writer = new YamlWriter(out);
    writer.withMapper(mapper).writeValue(writer, object);
    writer.emitter.finish();
    writer.close();
    return out.toString();
  }

  /**
   * A value inside a generated writer's object that only Jackson writes: by Stackwright's mapper,
   * made if it was not yet.
   */
  void writeWithMapper(Object value) throws IOException {
    if (getCodec() == null) {
      withMapper(Yaml.mapper());
    }
    writeObject(value);
  }

  private ObjectMapper withMapper(ObjectMapper mapper) {
    setCodec(mapper);
    mapper.getSerializationConfig().initialize(this);
    return mapper;
  }

  // Structure.

  @Override
  public void writeStartArray() throws IOException {
    _verifyValueWrite("start an array");
    _writeContext = _writeContext.createChildArrayContext();
    streamWriteConstraints().validateNestingDepth(_writeContext.getNestingDepth());
    emitter.startSequence();
  }

  @Override
  public void writeEndArray() throws IOException {
    if (!_writeContext.inArray()) {
      _reportError("Current context not Array but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.getParent();
    emitter.endSequence();
  }

  @Override
  public void writeStartObject() throws IOException {
    _verifyValueWrite("start an object");
    _writeContext = _writeContext.createChildObjectContext();
    streamWriteConstraints().validateNestingDepth(_writeContext.getNestingDepth());
    emitter.startMapping();
  }

  @Override
  public void writeEndObject() throws IOException {
    if (!_writeContext.inObject()) {
      _reportError("Current context not Object but " + _writeContext.typeDesc());
    }
    _writeContext = _writeContext.getParent();
    emitter.endMapping();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Can not write a field name, expecting a value");
    }
    emitter.key(name);
  }

  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    writeFieldName(name.getValue());
  }

  // Scalars.

  @Override
  public void writeString(String text) throws IOException {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write String value");
    emitter.scalar(text, QuotingRules.valueStyle(text));
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    writeString(new String(text, offset, len));
  }

  @Override
  public void writeString(SerializableString text) throws IOException {
    writeString(text.toString());
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
    writeString(new String(text, offset, length, StandardCharsets.UTF_8));
  }

  private void plainScalar(String text) throws IOException {
    _verifyValueWrite("write a scalar");
    emitter.scalar(text, ScalarStyle.PLAIN);
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    plainScalar(state ? "true" : "false");
  }

  @Override
  public void writeNull() throws IOException {
    plainScalar("null");
  }

  @Override
  public void writeNumber(int v) throws IOException {
    plainScalar(String.valueOf(v));
  }

  @Override
  public void writeNumber(long v) throws IOException {
    plainScalar(String.valueOf(v));
  }

  @Override
  public void writeNumber(double v) throws IOException {
    plainScalar(String.valueOf(v));
  }

  @Override
  public void writeNumber(float v) throws IOException {
    plainScalar(String.valueOf(v));
  }

  @Override
  public void writeNumber(BigInteger v) throws IOException {
    if (v == null) {
      writeNull();
      return;
    }
    plainScalar(v.toString());
  }

  @Override
  public void writeNumber(BigDecimal v) throws IOException {
    if (v == null) {
      writeNull();
      return;
    }
    plainScalar(
        isEnabled(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            ? v.toPlainString()
            : v.toString());
  }

  @Override
  public void writeNumber(String encoded) throws IOException {
    if (encoded == null) {
      writeNull();
      return;
    }
    plainScalar(encoded);
  }

  @Override
  public boolean canWriteFormattedNumbers() {
    return true;
  }

  // What Jackson's YAML generator writes with tags, anchors or as errors: left to it.

  @Override
  public boolean canWriteTypeId() {
    return true;
  }

  @Override
  public boolean canWriteObjectId() {
    return true;
  }

  @Override
  public void writeTypeId(Object id) throws IOException {
    throw new NeedsJackson("a native type id");
  }

  @Override
  public void writeObjectId(Object id) throws IOException {
    throw new NeedsJackson("a native object id");
  }

  @Override
  public void writeObjectRef(Object id) throws IOException {
    throw new NeedsJackson("an object reference");
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len)
      throws IOException {
    throw new NeedsJackson("binary data");
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int length) throws IOException {
    throw new NeedsJackson("binary data");
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRaw(String text) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRaw(String text, int offset, int len) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRaw(char c) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRawValue(String text) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRawValue(String text, int offset, int len) throws IOException {
    throw new NeedsJackson("raw text");
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) throws IOException {
    throw new NeedsJackson("raw text");
  }

  // Generator plumbing.

  @Override
  protected void _verifyValueWrite(String typeMsg) throws IOException {
    if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
      _reportError("Can not " + typeMsg + ", expecting field name");
    }
  }

  @Override
  public void flush() {
    // The text is in memory.
  }

  @Override
  protected void _releaseBuffers() {
    // No buffers.
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }
}
