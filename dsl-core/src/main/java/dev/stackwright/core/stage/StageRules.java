package dev.stackwright.core.stage;

/** The ids of the rules of apply stages and their delivery. */
public final class StageRules {
  /** Objects that need, through CRDs and dependencies, to be applied after themselves. */
  public static final String CYCLE = "stage.cycle";

  /** A delivery setting its tool would refuse. */
  public static final String INVALID_DELIVERY = "stage.invalid-delivery";

  /** Two components that write different content to one extra file. */
  public static final String FILE_CONFLICT = "stage.file-conflict";

  private StageRules() {}
}
