package io.dataflare.docs;

import org.jspecify.annotations.Nullable;

/**
 * A fenced code block of a Markdown page.
 *
 * @param line the line of its opening fence, from 1
 * @param language the info string after the fence ({@code toml}, {@code java}), or empty
 * @param text its content, as {@link Text#dedent} gives it
 * @param source the snippet marker right before it, or {@code null}
 */
record FencedBlock(int line, String language, String text, @Nullable SnippetSource source) {}
