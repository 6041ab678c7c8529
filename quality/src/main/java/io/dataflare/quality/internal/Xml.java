package io.dataflare.quality.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apiguardian.api.API;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Reads XML reports; a document type declaration (and so any entity) is refused. */
@API(status = INTERNAL, since = "0.1")
public final class Xml {
  private Xml() {}

  /**
   * Parses a file.
   *
   * @throws IOException when it cannot be read
   * @throws SAXException when it is not well-formed XML
   */
  public static Document parse(Path file) throws IOException, SAXException {
    try (InputStream in = Files.newInputStream(file)) {
      return builder().parse(in);
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      factory.setNamespaceAware(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }
}
