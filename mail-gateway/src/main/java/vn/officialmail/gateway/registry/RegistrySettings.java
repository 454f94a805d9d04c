package vn.officialmail.gateway.registry;

/**
 * The registers ({@code gateway.registry.*}).
 *
 * @param acknowledgeReceipt send the sender of a registered official document an acknowledgement
 *     with its incoming number and date (Decree 30/2020 Art. 21: receipt confirmed the same day);
 *     default off
 */
public record RegistrySettings(boolean acknowledgeReceipt) {}
