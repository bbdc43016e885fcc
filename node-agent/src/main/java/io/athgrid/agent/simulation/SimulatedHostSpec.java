package io.athgrid.agent.simulation;

import io.athgrid.agent.enrolment.Offer;
import io.athgrid.agent.inventory.HostInventory;

/** One SIMULATED host of a fleet: its number (1-based), hardware and offer. */
public record SimulatedHostSpec(int number, HostInventory host, Offer offer) {
}
