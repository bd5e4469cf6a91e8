/**
 * The build step that generates the YAML writers of fabric8's model classes from Jackson's own
 * serializers for them; run by dsl-core's build, not at synthesis time.
 */
package dev.stackwright.core.yaml.codegen;
