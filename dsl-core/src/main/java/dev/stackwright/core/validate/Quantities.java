package dev.stackwright.core.validate;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 250m}, {@code 512Mi}, {@code 1.5}, {@code 1e3}): the
 * grammar of the API server, and comparison by value so a request can be checked against its limit.
 */
public final class Quantities {
  private static final Pattern QUANTITY =
      Pattern.compile("^([+-]?[0-9.]+)(([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$");
  private static final Map<String, BigDecimal> SUFFIXES =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("n", new BigDecimal("1e-9")),
          Map.entry("u", new BigDecimal("1e-6")),
          Map.entry("m", new BigDecimal("1e-3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("M", new BigDecimal("1e6")),
          Map.entry("G", new BigDecimal("1e9")),
          Map.entry("T", new BigDecimal("1e12")),
          Map.entry("P", new BigDecimal("1e15")),
          Map.entry("E", new BigDecimal("1e18")),
          Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
          Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
          Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
          Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
          Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
          Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

  private Quantities() {}

  /** Whether {@code value} is a quantity the API server accepts. */
  public static boolean isValid(String value) {
    return value != null && parse(value) != null;
  }

  /** The numeric value of a quantity (in base units), or null when it does not parse. */
  public static BigDecimal parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = QUANTITY.matcher(value.trim());
    if (!m.matches()) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(m.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (m.group(3) != null) {
      return number.scaleByPowerOfTen(Integer.parseInt(m.group(3).substring(1)));
    }
    String suffix = m.group(4) == null ? "" : m.group(4);
    return number.multiply(SUFFIXES.get(suffix));
  }

  /**
   * What is wrong with {@code value} as a resource amount (requests, limits, quotas, storage
   * sizes), or null when it is one: it must follow the quantity grammar and must not be negative.
   */
  public static String amountProblem(String value) {
    BigDecimal amount = parse(value);
    if (amount == null) {
      return "expected a Kubernetes quantity such as 250m, 1.5, 512Mi or 10G, was \""
          + value
          + "\"";
    }
    if (amount.signum() < 0) {
      return "must not be negative, was \"" + value.trim() + "\"";
    }
    return null;
  }

  /**
   * Compares two valid quantities by value: negative, zero or positive as {@code a} is less than,
   * equal to or greater than {@code b}.
   */
  public static int compare(String a, String b) {
    return parse(a).compareTo(parse(b));
  }
}
