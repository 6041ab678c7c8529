package com.example;

import io.dataflare.engine.api.DataFlareSpecFiles;

/** Runs every spec file under src/test/dataflare. */
@DataFlareSpecFiles
class SpecFilesTest {}
