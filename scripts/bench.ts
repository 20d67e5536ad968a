// `npm run bench`: the benchmark lives in bench/ (see bench/README.md).
import '../bench/run';
