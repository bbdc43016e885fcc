package io.athgrid.checker.job;

import io.athgrid.checker.assignment.CheckJob;
import io.athgrid.checker.slashing.RegisteredSpecs;

/** A check job with the specs its container had registered when it was given: what a capacity check holds it to. */
public record StoredJob(CheckJob job, RegisteredSpecs registered) {
}
