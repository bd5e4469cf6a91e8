package dev.stackwright.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values that Jackson's YAML generator writes with a native type tag are left to it: the writer
 * signals it, and {@link Yaml#write} gives Jackson's text, tag included.
 */
class YamlWriterTypeIdTest {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  record Tagged(String name) {}

  record Holder(List<Tagged> items) {}

  @Test
  void leavesNativeTypeIdsToJackson() throws IOException {
    Holder o = new Holder(List.of(new Tagged("a")));
    String jackson = Yaml.mapper().writeValueAsString(o);

    assertThatThrownBy(() -> YamlWriter.write(Yaml.mapper(), o)).isInstanceOf(NeedsJackson.class);
    assertThat(Yaml.write(o)).isEqualTo(jackson).contains("!<");
  }
}
