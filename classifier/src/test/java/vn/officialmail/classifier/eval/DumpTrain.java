package vn.officialmail.classifier.eval;

import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.classify.DocumentText;
import vn.officialmail.config.catalogue.CatalogueLoader;

/** Developer tool: prints the classifier's view of every train document (never the test split). */
final class DumpTrain {
    public static void main(String[] args) {
        DocumentClassifier classifier = DocumentClassifier.withRules(CatalogueLoader.loadDefault());
        ClassifierEvaluation eval = new ClassifierEvaluation();
        for (LabelledCorpus.Document d : LabelledCorpus.documents()) {
            if (!d.split().equals(args.length > 0 ? args[0] : "train")) {
                continue;
            }
            Classification c = classifier.classify(DocumentText.of(d.text()));
            eval.addType(d.file(), d.typeName(), c.typeName());
            if (!d.numberSymbol().isEmpty()) {
                eval.addNumberSymbol(
                        d.file(), d.numberSymbol(), c.header().numberSymbol().map(n -> n.value()
                                .text()));
            }
            d.date()
                    .ifPresent(gold -> eval.addDate(
                            d.file(), gold, c.header().date().map(x -> x.value().toString())));
            System.out.println(d.file() + "\t" + d.typeName() + "\t"
                    + c.typeName().orElse("-") + "\t"
                    + String.format("%.2f", c.confidence()) + "\t"
                    + c.header().numberSymbol().map(n -> n.value().text()).orElse("-")
                    + "\t" + c.header().date().map(x -> x.value().toString()).orElse("-") + "\t"
                    + c.header().place().map(x -> x.value()).orElse("-") + "\t"
                    + c.header().issuingBody().map(x -> x.value()).orElse("-") + "\t"
                    + c.header().subject().map(x -> x.value()).orElse("-") + "\t"
                    + c.header().signer().map(x -> x.value().toString()).orElse("-") + "\t" + c.reasons());
        }
        System.out.println(eval.report());
        eval.mistakes().forEach(System.out::println);
    }
}
