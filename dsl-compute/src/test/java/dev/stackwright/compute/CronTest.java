package dev.stackwright.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronTest {

  @Test
  void acceptsStandardSchedules() {
    assertThat(Cron.problem("0 3 * * *")).isNull();
    assertThat(Cron.problem("*/15 9-17 * * MON-FRI")).isNull();
    assertThat(Cron.problem("0 0 1,15 JAN,jul ?")).isNull();
    assertThat(Cron.problem("@hourly")).isNull();
  }

  @Test
  void rejectsMalformedSchedules() {
    assertThat(Cron.problem("0 3 * *")).contains("expected 5 fields");
    assertThat(Cron.problem("61 * * * *")).contains("minute");
    assertThat(Cron.problem("0 25 * * *")).contains("hour");
    assertThat(Cron.problem("0 0 * 13 *")).contains("month");
    assertThat(Cron.problem("*/0 * * * *")).contains("minute");
    assertThat(Cron.problem("5-1 * * * *")).contains("minute");
    assertThat(Cron.problem("@sometimes")).isNotNull();
    assertThat(Cron.problem("TZ=UTC 0 3 * * *")).contains("timeZone");
  }
}
