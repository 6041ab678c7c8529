package com.acme.legacy;

import io.dataflare.plugin.legacy.LegacyRecord;
import io.dataflare.plugin.legacy.LegacyResult;
import io.dataflare.plugin.legacy.SmartPlugin;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An existing plugin written against the old {@link SmartPlugin} interface, kept as it was: it
 * masks e-mail addresses in a record's text ({@code ada@example.com} becomes {@code
 * a***@example.com}) and reports an empty record as an error. The config key {@code mask} sets the
 * mask (default {@code ***}).
 */
@SuppressWarnings("deprecation")
public class EmailMasker implements SmartPlugin {
  private static final Pattern EMAIL =
      Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

  private String mask = "***";

  @Override
  public String getName() {
    return "email-masker";
  }

  @Override
  public String getVersion() {
    return "2.3.1";
  }

  @Override
  public String getPluginType() {
    return "MAP";
  }

  @Override
  public void initialize(Map<String, Object> config) {
    Object configured = config.get("mask");
    if (configured != null) {
      mask = configured.toString();
    }
  }

  @Override
  public LegacyResult process(LegacyRecord record) {
    String text = record.getValueAsString();
    if (text.isEmpty()) {
      return LegacyResult.error("empty record at offset " + record.getOffset());
    }
    Matcher matcher = EMAIL.matcher(text);
    if (!matcher.find()) {
      return LegacyResult.mapped(record.getValue());
    }
    return LegacyResult.mapped(
        matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mask + "@" + m.group(2))));
  }
}
