"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobHandler = exports.JOB_HANDLER = void 0;
exports.handlerCoverageProblems = handlerCoverageProblems;
const common_1 = require("@nestjs/common");
exports.JOB_HANDLER = 'battrace:job-handler';
const JobHandler = (name) => (0, common_1.SetMetadata)(exports.JOB_HANDLER, name);
exports.JobHandler = JobHandler;
/** Problems with the set of handlers found: jobs without one, jobs with several. Empty when sound. */
function handlerCoverageProblems(jobNames, found) {
    const problems = [];
    for (const name of jobNames) {
        const handlers = found.filter((f) => f.name === name).map((f) => f.handler);
        if (handlers.length === 0)
            problems.push(`job ${name} has no handler`);
        if (handlers.length > 1)
            problems.push(`job ${name} has ${handlers.length} handlers: ${handlers.join(', ')}`);
    }
    for (const f of found) {
        if (!jobNames.includes(f.name))
            problems.push(`${f.handler} handles ${f.name}, which is not in the job registry`);
    }
    return problems;
}
//# sourceMappingURL=job-handler.js.map