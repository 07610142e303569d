package org.goalshift.samplegen;

/**
 * Ids that look random but are a bijection of a running number, so they never collide however many
 * millions of rows are written, and the same seed gives the same ids.
 */
final class PseudonymousIds {
  private static final String[] SUPERVISOR_NAMES = {
    "amber", "birch", "cobalt", "dune", "elm", "fern", "garnet", "hazel", "indigo", "juniper",
    "kestrel", "linden", "maple", "nova", "olive", "pine", "quartz", "rowan", "sage", "teal",
    "umber", "violet", "willow", "yarrow"
  };
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long key;

  PseudonymousIds(long seed) {
    this.key = seed * 0x9E3779B97F4A7C15L;
  }

  String supervisor(int index) {
    String name = "sup-" + SUPERVISOR_NAMES[index % SUPERVISOR_NAMES.length];
    int round = index / SUPERVISOR_NAMES.length;
    return round == 0 ? name : name + "-" + (round + 1);
  }

  String therapist(int index) {
    return hex("th-", permute(index, 16), 4);
  }

  /**
   * Six hex digits while they last (16.7 million clients), ten after: the lengths keep them apart.
   */
  String client(long number) {
    return number < (1L << 24)
        ? hex("c-", permute(number, 24), 6)
        : hex("c-", permute(number, 40), 10);
  }

  String goal(long number) {
    return hex("g-", permute(number, 32), 8);
  }

  /**
   * Multiplying by an odd number and xor-shifting are both invertible modulo 2^bits, so this is a
   * permutation of [0, 2^bits): distinct numbers give distinct ids.
   */
  private long permute(long value, int bits) {
    long mask = (1L << bits) - 1;
    long x = value & mask;
    for (int round = 0; round < 3; round++) {
      x = (x ^ (key >>> (round * 16))) & mask;
      x = (x * 0xD6E8FEB86659FD93L) & mask;
      x ^= x >>> (bits / 2 + 1);
    }
    return x;
  }

  private static String hex(String prefix, long value, int digits) {
    char[] chars = new char[prefix.length() + digits];
    prefix.getChars(0, prefix.length(), chars, 0);
    for (int i = chars.length - 1; i >= prefix.length(); i--) {
      chars[i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
    return new String(chars);
  }
}
