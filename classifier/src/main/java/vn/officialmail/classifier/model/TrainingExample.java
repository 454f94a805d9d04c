package vn.officialmail.classifier.model;

/**
 * One labelled text for training.
 *
 * @param source where it came from, for messages ("documents/0115758a1248.txt")
 * @param typeId the catalogue type id, or {@link TypeModel#NO_TYPE}
 * @param subject the mail subject, or empty
 * @param body the normalised body, Số and title lines removed
 */
record TrainingExample(String source, String typeId, String subject, String body) {}
