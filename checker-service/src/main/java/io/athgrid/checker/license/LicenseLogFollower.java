package io.athgrid.checker.license;

import java.util.List;
import java.util.function.Consumer;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The chain follower this service needs (the platform's shared follower plugs in here): it reads
 * the logs of one contract with confirmations, survives restarts and reorgs, and hands every
 * confirmed log over in chain order, at least once. Declared as a bean, it is started with the
 * CheckerLicense address and {@link LicenseChanges#applyLogs}, which applies each log once and joins
 * the follower's transaction when it moves its cursor in one.
 */
public interface LicenseLogFollower {

    void follow(String contractAddress, Consumer<List<Log>> confirmedLogs);
}
