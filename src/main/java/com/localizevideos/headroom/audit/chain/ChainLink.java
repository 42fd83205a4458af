package com.localizevideos.headroom.audit.chain;

/** How a link of the chain is hashed: the previous link's hash, the position, the record's kind, id and hash. */
public final class ChainLink {
    /** The previous hash of the first link. */
    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {
    }

    /** SHA-256 of {@code prev \n seq \n kind \n recordId \n recordHash}. */
    public static String hash(String prevHash, long seq, String kind, String recordId, String recordHash) {
        return ChainedRecord.sha256(prevHash + '\n' + seq + '\n' + kind + '\n' + recordId + '\n' + recordHash);
    }
}
