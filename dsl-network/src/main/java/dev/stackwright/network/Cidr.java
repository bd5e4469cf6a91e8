package dev.stackwright.network;

import com.google.common.net.InetAddresses;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * An IP range in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}) with optional ranges inside
 * it that are excluded: a NetworkPolicy {@code ipBlock}, or a load balancer source range.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Cidr {

  /** The range, such as {@code 10.0.0.0/8}. */
  @Value.Parameter
  public abstract String cidr();

  /** Ranges inside {@link #cidr()} that are excluded. */
  public abstract List<String> excepts();

  /** The range {@code cidr} without the ranges {@code except}. */
  public static Cidr of(String cidr, String... except) {
    return ImmutableCidr.builder().cidr(cidr).addAllExcepts(Arrays.asList(except)).build();
  }

  /**
   * Reports a malformed range or exception, and an exception outside the range; returns whether the
   * range is valid.
   */
  boolean validate(Checks checks, String field) {
    String problem = problem(cidr());
    if (problem != null) {
      checks.error(NetworkRules.INVALID_CIDR, field, "%s", problem);
      return false;
    }
    boolean valid = true;
    for (int i = 0; i < excepts().size(); i++) {
      String except = excepts().get(i);
      String exceptField = field + ".except[" + i + "]";
      String exceptProblem = problem(except);
      if (exceptProblem != null) {
        checks.error(NetworkRules.INVALID_CIDR, exceptField, "%s", exceptProblem);
        valid = false;
      } else if (!contains(cidr(), except)) {
        checks.error(
            NetworkRules.INVALID_CIDR,
            exceptField,
            "excepted range %s is not inside %s; an exception must narrow the range",
            except,
            cidr());
        valid = false;
      }
    }
    return valid;
  }

  /** What is wrong with {@code cidr} as a CIDR range, or null when it is one. */
  static String problem(String cidr) {
    int slash = cidr.indexOf('/');
    String address = slash < 0 ? cidr : cidr.substring(0, slash);
    if (slash < 0 || !InetAddresses.isInetAddress(address)) {
      return "expected a CIDR range such as 10.0.0.0/8 or fd00::/8, was \"" + cidr + "\"";
    }
    InetAddress ip = InetAddresses.forString(address);
    int bits = ip.getAddress().length * 8;
    String prefixText = cidr.substring(slash + 1);
    if (prefixText.isEmpty() || !prefixText.chars().allMatch(Character::isDigit)) {
      return "expected a prefix length after '/', was \"" + cidr + "\"";
    }
    int prefix = prefixText.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(prefixText);
    if (prefix > bits) {
      return "prefix length must be at most " + bits + ", was \"" + cidr + "\"";
    }
    BigInteger value = new BigInteger(1, ip.getAddress());
    BigInteger network = value.shiftRight(bits - prefix).shiftLeft(bits - prefix);
    if (!network.equals(value)) {
      return "\""
          + cidr
          + "\" has host bits set; the range starts at "
          + InetAddresses.toAddrString(toAddress(network, bits))
          + "/"
          + prefix;
    }
    return null;
  }

  /** Whether the valid range {@code inner} lies inside the valid range {@code outer}. */
  static boolean contains(String outer, String inner) {
    byte[] o = InetAddresses.forString(outer.substring(0, outer.indexOf('/'))).getAddress();
    byte[] i = InetAddresses.forString(inner.substring(0, inner.indexOf('/'))).getAddress();
    int outerPrefix = Integer.parseInt(outer.substring(outer.indexOf('/') + 1));
    int innerPrefix = Integer.parseInt(inner.substring(inner.indexOf('/') + 1));
    if (o.length != i.length || innerPrefix < outerPrefix) {
      return false;
    }
    int shift = o.length * 8 - outerPrefix;
    return new BigInteger(1, o).shiftRight(shift).equals(new BigInteger(1, i).shiftRight(shift));
  }

  private static InetAddress toAddress(BigInteger value, int bits) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[bits / 8];
    int copy = Math.min(raw.length, out.length);
    System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
    try {
      return InetAddress.getByAddress(out);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + bits + " bits is always valid", e);
    }
  }
}
