/** Root package of the classifier module. */
package vn.officialmail.classifier;
