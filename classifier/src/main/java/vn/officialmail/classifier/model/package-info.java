/**
 * The statistical part of the classifier: a multinomial logistic regression over hashed word and
 * character n-grams of folded text, trained from labelled examples by {@link
 * vn.officialmail.classifier.model.TrainTypeModel} and shipped as a class-path resource, for texts
 * without a clean Decree 30/2020 header (a mail body "Gửi anh chị báo cáo tháng 10…"). It votes through
 * {@code classify.ModelEvidence} beside the header rules; this package does not depend on {@code classify}.
 */
package vn.officialmail.classifier.model;
