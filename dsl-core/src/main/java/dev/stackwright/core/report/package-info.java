/**
 * The synth report ({@code synth --report}): a self-contained HTML page per synthesized stack with
 * its topology drawn as SVG, objects by layer and kind linked to their files, apply stages,
 * warnings and acknowledged opt-outs, security posture and the changes since the previous output,
 * and an index that puts a stack's environments side by side. The style sheet and script are
 * bundled resources inlined into each page.
 */
package dev.stackwright.core.report;
