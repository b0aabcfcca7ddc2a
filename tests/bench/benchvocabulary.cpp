#include "benchvocabulary.h"

namespace {
QStringList words(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}
} // namespace

namespace BenchVocabulary {

const QStringList &firstNames()
{
    static const QStringList list = words(
        "Ada|Alex|Alice|Amir|Ana|Anna|Arjun|Baptiste|Beatriz|Ben|Björn|Carlos|Chen|Chloé|Daniel|David|Denis|"
        "Diego|Dmitri|Elena|Emma|Eric|Fatima|Felix|François|Gabriel|Grace|Hana|Hannah|Hugh|Ines|Ivan|"
        "Jade|James|Jan|Javier|Jiho|Jonas|José|Julia|Kai|Karim|Kenji|Laura|Lena|Leo|Li|Lin|Loubna|Lucas|"
        "Łukasz|Maria|Marta|Mateo|Mei|Mia|Min|Mohammed|Nadia|Naveen|Nikolai|Noah|Nora|Olga|Omar|Pablo|Paul|"
        "Pedro|Pierre|Priya|Quentin|Rahul|Raymond|Rosa|Ryo|Sakura|Samuel|Sara|Sebastian|Shannon|Siddharth|"
        "Sofia|Sören|Stefan|Sun|Takeshi|Tara|Thomas|Tomás|Valentina|Victor|Wei|Xin|Yan|Yuki|Yusuf|Zhang|Zoë");
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = words(
        "Abadi|Adams|Agarwal|Ahmed|Allal|Alvarez|Andersson|Bach|Bai|Banerjee|Becker|Bengio|Bianchi|Brown|"
        "Carbonneaux|Chang|Chen|Copet|Costa|Cruz|Da Silva|Dai|Das|Dubois|Dupont|Eriksson|Fang|Fischer|Flores|"
        "García|Gao|Ghosh|Gomez|Gu|Guo|Gupta|Hansen|Hartmann|He|Hoffmann|Hu|Huang|Ito|Jain|Jansen|Jiang|"
        "Johansson|Kato|Khan|Kim|Kobayashi|Kocetkov|Kowalski|Kumar|Larsen|Leather|Lee|Li|Lin|Liu|Lopez|Lu|"
        "Luo|Ma|Martin|Meyer|Moreau|Müller|Murphy|Nakamura|Nguyen|Nielsen|Novak|O'Brien|Orlanski|Park|Patel|"
        "Pereira|Petrov|Popescu|Qian|Rao|Reddy|Ricci|Rossi|Rozière|Roy|Saito|Santos|Sato|Schmidt|Schneider|"
        "Shen|Singh|Smith|Sokolov|Song|Suzuki|Tanaka|Tang|Taylor|Wagner|Wang|Watanabe|Weber|Wu|Xu|Yamamoto|"
        "Yang|Ye|Yun|Zhang|Zhao|Zhou|Zhu|Ziegler|Żukowski");
    return list;
}

const QStringList &organisations()
{
    static const QStringList list = words(
        "FAIR CodeGen team|The BigCode Project|DeepSeek-AI team|Gemini Team|OpenLLM Consortium|"
        "Qwen Team|The Pile Contributors|AllenNLP Group");
    return list;
}

const QStringList &affiliations()
{
    static QStringList list = [] {
        QStringList l = words(
            "microsoft-research|google-deepmind|meta-ai|stanford|mit|cmu|berkeley|tsinghua|peking-university|"
            "huggingface|openai|eth-zurich|oxford|cambridge|inria|max-planck|epfl|kaist|u-tokyo|nvidia|"
            "amazon-science|ibm-research|allen-ai|mila|vector-institute|princeton|harvard|cornell|uw|nyu|"
            "columbia|ucl|imperial|tum|kth|nus|ntu|sjtu|zju|fudan|alibaba|tencent|baidu|bytedance|samsung|"
            "apple|adobe|salesforce|anthropic|mistral-ai");
        for (const char *city : {"lyon", "porto", "graz", "leeds", "aarhus", "bologna", "krakow", "brno",
                                 "tartu", "gent", "leiden", "basel", "turku", "cork", "malaga", "pisa",
                                 "sendai", "osaka", "busan", "chennai", "pune", "recife", "cordoba",
                                 "quebec", "calgary", "adelaide", "otago", "nairobi", "accra", "cairo"}) {
            l << QStringLiteral("univ-%1").arg(QLatin1String(city));
            l << QStringLiteral("%1-institute-of-technology").arg(QLatin1String(city));
        }
        return l;
    }();
    return list;
}

const QStringList &categories()
{
    static const QStringList list = words(
        "LG|CL|CV|SE|AI|stat.ML|CR|RO|IR|DC|PL|HC|DB|NE|LO|DS|SY|q-bio.NC|math.OC|eess.AS");
    return list;
}

const QStringList &namePrefixes()
{
    static const QStringList list = words(
        "Code|Flash|Deep|Sparse|Meta|Graph|Token|Vision|Quant|Hyper|Neuro|Auto|Lang|Data|Proof|Bench|"
        "Agent|Fusion|Sym|Robo|Star|Slop|Crux|Lean|Mega|Nano|Open|Self|Omni|Poly");
    return list;
}

const QStringList &nameSuffixes()
{
    static const QStringList list = words(
        "Former|Net|Bench|Coder|Lens|Mind|Flow|Gen|BERT|Mix|Search|Pilot|Guard|Eval|Scope|Smith|Forge|"
        "Tune|Craft|Dojo|GPT|LM|Diff|Map|Verse|Loop|Hub|Kit|Zero|Star");
    return list;
}

const QStringList &adjectives()
{
    static const QStringList list = words(
        "Efficient|Robust|Scalable|Interpretable|Faithful|Adaptive|Hierarchical|Compositional|Unified|"
        "Lightweight|Provable|Data-Efficient|Multilingual|Multimodal|Long-Context|Zero-Shot|Few-Shot|"
        "Self-Supervised|Federated|Causal|Private|Verifiable|Continual|Sample-Efficient|Memory-Efficient|"
        "Decentralized|Modular|Grounded|Calibrated|Retrieval-Augmented|Energy-Aware|Safe|Fair|Sparse|"
        "Incremental|Neural|Symbolic|Probabilistic|Differentiable|Open-Vocabulary");
    return list;
}

const QStringList &methods()
{
    static const QStringList list = words(
        "Sparse Attention|Mixture of Experts|Diffusion Models|Graph Neural Networks|Language Models|"
        "Vision Transformers|Reinforcement Learning|Contrastive Pretraining|Program Synthesis|"
        "Knowledge Distillation|Low-Rank Adaptation|Speculative Decoding|Tree Search|Bayesian Optimization|"
        "Gaussian Processes|State Space Models|Prompt Tuning|Preference Optimization|Model Merging|"
        "Active Learning|Curriculum Learning|Meta-Learning|Neural Fields|Normalizing Flows|"
        "Variational Inference|Energy-Based Models|Kernel Methods|Quantization|Pruning|Test-Time Training|"
        "Chain-of-Thought Prompting|Tool Use|Self-Play|Retrieval|Symbolic Execution|Fuzzing|"
        "Abstract Interpretation|Type Inference|Model Checking|Code Embeddings");
    return list;
}

const QStringList &tasks()
{
    static const QStringList list = words(
        "Code Generation|Program Repair|Theorem Proving|Question Answering|Machine Translation|"
        "Image Segmentation|Object Detection|Speech Recognition|Recommendation|Time Series Forecasting|"
        "Molecule Design|Protein Folding|Robot Manipulation|Autonomous Driving|Summarization|"
        "Dialogue Systems|Information Retrieval|Anomaly Detection|Vulnerability Detection|Test Generation|"
        "Code Review|Bug Localization|Type Prediction|Commit Message Generation|Math Word Problems|"
        "Inequality Proofs|Visual Reasoning|Video Understanding|Text-to-SQL|Entity Linking|"
        "Fact Verification|Semantic Parsing|Graph Classification|Link Prediction|Clustering|"
        "Causal Discovery|Neurosymbolic Reasoning|Weather Prediction|Medical Imaging|Legal Reasoning|"
        "Scientific Discovery|Web Navigation|Software Engineering Agents|Compiler Optimization|"
        "Query Optimization|Log Parsing|Data Cleaning|Spreadsheet Formulas|Smart Contracts|API Migration");
    return list;
}

const QStringList &properties()
{
    static const QStringList list = words(
        "Robustness|Generalization|Calibration|Memorization|Scaling Behaviour|Sample Complexity|"
        "Faithfulness|Reproducibility|Sensitivity|Stability|Convergence|Expressivity|Privacy|Fairness|"
        "Efficiency|Reliability");
    return list;
}

const QStringList &objects()
{
    static const QStringList list = words(
        "long programs|noisy labels|unseen repositories|low-resource languages|multi-step plans|"
        "structured outputs|rare events|large codebases|partial observations|formal specifications|"
        "user intents|distribution shifts|adversarial inputs|hidden test cases|long documents|"
        "execution traces|natural language feedback|symbolic constraints|graph structure|"
        "spatial relations|temporal dependencies|domain knowledge|human preferences|compiler errors");
    return list;
}

const QStringList &datasets()
{
    static const QStringList list = words(
        "HumanEval|MBPP|SWE-bench Verified|CRUXEval|GSM8K|MATH|ImageNet|COCO|SQuAD|MMLU|BigCodeBench|"
        "LiveCodeBench|Defects4J|CodeSearchNet|WMT'22|LibriSpeech|Spider|BIRD|miniF2F|ARC|HellaSwag|"
        "TruthfulQA|OGB|QM9|KITTI|nuScenes|MIMIC-III|PubMedQA|Atari|MuJoCo");
    return list;
}

const QStringList &metrics()
{
    static const QStringList list = words(
        "pass@1|accuracy|F1|BLEU|exact match|mAP|word error rate|top-1 accuracy|success rate|recall@10|"
        "perplexity|AUROC");
    return list;
}

// Slots: {m} method, {t} task, {o} object, {d} dataset, {x} metric, {n} a number,
// {p} property, {N} a system name, {a} adjective (all lower-case but {N} and {d}).
const QStringList &abstractSentences()
{
    static const QStringList list = words(
        "We propose {N}, a {a} approach to {t} that combines {m} with explicit reasoning over {o}.|"
        "Large language models have become a standard tool for {t}, yet their {p} remains poorly understood.|"
        "We study how {m} behave when models must handle {o}.|"
        "Our model improves {x} by {n}% over strong baselines on {d}.|"
        "Experiments on {d} and {n} other benchmarks show that {N} matches larger models at a fraction of the cost.|"
        "Unlike prior work, we do not assume access to {o}; instead, we learn them with {m}.|"
        "We release code, data and model weights to foster research on {t}.|"
        "A key challenge is {p}: existing models degrade sharply on {o}.|"
        "We introduce a benchmark of {n} tasks for {t} and evaluate {n} open models on it.|"
        "Theoretical analysis shows that {m} achieve {a} guarantees under mild assumptions.|"
        "Ablations reveal that most of the gain comes from modelling {o} rather than from scale.|"
        "We further show that {m} transfer to {t} with little or no fine-tuning.|"
        "On {d}, {N} reaches {n}% {x}, a new state of the art for models of its size.|"
        "We formalise {t} as a search problem and solve it with {m}.|"
        "Human evaluation with {n} annotators confirms the improvements in {p}.|"
        "Our analysis uncovers failure modes of current models related to {o} and {p}.|"
        "The method scales linearly with input length and uses {n}x less memory than dense models.|"
        "We use the $\\ell_1$ loss and \\textit{near-duplicate} filtering on {d} to reduce contamination.|"
        "Training takes {n} GPU hours & costs under 5% of a comparable model_size sweep.");
    return list;
}

QString rareTerm()
{
    return QStringLiteral("holonomic");
}

QString commonTerm()
{
    return QStringLiteral("model");
}

QString prefixTerm()
{
    return QStringLiteral("neurosymb");
}

} // namespace BenchVocabulary
