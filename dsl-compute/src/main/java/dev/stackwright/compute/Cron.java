package dev.stackwright.compute;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cron grammar of CronJob schedules: five fields (minute, hour, day of month, month, day of
 * week) of values, ranges, lists, steps, month and weekday names, or a macro such as {@code
 * @daily}.
 */
final class Cron {
  private static final Set<String> MACROS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final List<String> FIELDS =
      List.of("minute", "hour", "day of month", "month", "day of week");
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 7};
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private Cron() {}

  /** What is wrong with {@code schedule}, or null when it is a valid schedule. */
  static String problem(String schedule) {
    String s = schedule == null ? "" : schedule.trim();
    if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
      return "a time zone inside the schedule is not supported; set timeZone(...) instead";
    }
    if (MACROS.contains(s.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String[] fields = s.split("\\s+", -1);
    if (fields.length != 5) {
      return "expected 5 fields (minute hour day-of-month month day-of-week) or a macro such as"
          + " @daily, found "
          + (s.isEmpty() ? 0 : fields.length)
          + " in \""
          + s
          + "\"";
    }
    for (int i = 0; i < 5; i++) {
      if (!field(fields[i], i)) {
        return "the "
            + FIELDS.get(i)
            + " field \""
            + fields[i]
            + "\" is not valid (expected"
            + " values "
            + MIN[i]
            + "-"
            + MAX[i]
            + ", '*', ranges a-b, lists a,b and steps /n)";
      }
    }
    return null;
  }

  private static boolean field(String field, int index) {
    if (field.equals("?") && (index == 2 || index == 4)) {
      return true;
    }
    for (String item : field.split(",", -1)) {
      if (!item(item, index)) {
        return false;
      }
    }
    return true;
  }

  private static boolean item(String item, int index) {
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      String step = item.substring(slash + 1);
      if (!step.matches("[0-9]{1,2}") || Integer.parseInt(step) == 0) {
        return false;
      }
      range = item.substring(0, slash);
    }
    if (range.equals("*")) {
      return true;
    }
    int dash = range.indexOf('-');
    if (dash < 0) {
      return value(range, index) >= 0;
    }
    int from = value(range.substring(0, dash), index);
    int to = value(range.substring(dash + 1), index);
    return from >= 0 && to >= 0 && from <= to;
  }

  private static int value(String text, int index) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (index == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (index == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    if (!text.matches("[0-9]{1,2}")) {
      return -1;
    }
    int v = Integer.parseInt(text);
    return v >= MIN[index] && v <= MAX[index] ? v : -1;
  }
}
