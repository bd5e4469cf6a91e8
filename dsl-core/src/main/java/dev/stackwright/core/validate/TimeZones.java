package dev.stackwright.core.validate;

import java.time.ZoneId;
import java.util.Set;

/**
 * IANA time zone names, as CronJob {@code spec.timeZone} takes them ({@code Europe/Paris}, {@code
 * UTC}): the JDK's copy of the IANA database decides which exist. Offsets such as {@code +01:00}
 * and the name {@code Local} are not time zone names for the API server.
 */
public final class TimeZones {
  private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

  private TimeZones() {}

  /** What is wrong with {@code zone} as an IANA time zone name, or null when it is one. */
  public static String problem(String zone) {
    if (zone == null || zone.isBlank()) {
      return "expected an IANA time zone name such as Europe/Paris or UTC, was empty";
    }
    if (!KNOWN.contains(zone)) {
      return "\""
          + zone
          + "\" is not a time zone of the IANA database (expected a name such as Europe/Paris,"
          + " America/New_York or UTC)";
    }
    return null;
  }
}
