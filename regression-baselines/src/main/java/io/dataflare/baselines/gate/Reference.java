package io.dataflare.baselines.gate;

import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;

/** What one benchmark is compared with: a stored baseline, or run A in A/B mode. */
record Reference(Measurement measurement, NoiseFloor noiseFloor, Fingerprint fingerprint) {}
