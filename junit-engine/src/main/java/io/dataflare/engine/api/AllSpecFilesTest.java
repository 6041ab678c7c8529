package io.dataflare.engine.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A ready-made {@link DataFlareSpecFiles} marker, so a project with no Java test code needs none.
 *
 * <p>Surefire scans a dependency for test classes when it is listed in {@code dependenciesToScan};
 * this class's name matches Surefire's default includes, so listing the engine there runs every
 * spec file:
 *
 * <pre>{@code
 * <plugin>
 *   <artifactId>maven-surefire-plugin</artifactId>
 *   <configuration>
 *     <dependenciesToScan>io.dataflare:dataflare-junit-engine</dependenciesToScan>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
@DataFlareSpecFiles
public final class AllSpecFilesTest {
  private AllSpecFilesTest() {}
}
