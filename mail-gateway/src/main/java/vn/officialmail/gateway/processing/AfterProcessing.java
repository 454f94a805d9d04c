package vn.officialmail.gateway.processing;

/** Told after each message's transaction commits (the relay wakes up, for instance). */
public interface AfterProcessing {
    void messageProcessed();
}
