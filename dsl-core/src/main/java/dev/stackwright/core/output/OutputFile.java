package dev.stackwright.core.output;

/**
 * A file to write, relative to a stack's output folder.
 *
 * @param path the relative path, with {@code /} separators
 * @param content the file's text
 */
public record OutputFile(String path, String content) {}
