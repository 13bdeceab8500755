"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.JobRelay = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const pg_1 = require("pg");
const typeorm_2 = require("typeorm");
const config_module_1 = require("../config/config.module");
const job_outbox_1 = require("./job-outbox");
const job_queues_service_1 = require("./job-queues.service");
const job_registry_1 = require("./job-registry");
const BATCH = 500;
const ADD_TIMEOUT_MS = 5000;
/**
 * Moves outbox rows to BullMQ. It runs in every worker process: each pass locks a batch of rows
 * with FOR UPDATE SKIP LOCKED, adds them to their queues (with their deterministic job ids) and
 * deletes them in the same transaction, so several relays share the outbox without sending a row
 * twice at once. If a process dies after adding and before committing, the rows are sent again and
 * BullMQ ignores the duplicate ids. While Redis is down the rows stay, and the next pass after it
 * comes back sends them. A LISTEN on the outbox channel starts a pass as soon as a request commits;
 * a poll every JOB_RELAY_POLL_MS catches anything a lost notification would miss.
 */
let JobRelay = class JobRelay {
    db;
    queues;
    config;
    log = new common_1.Logger('JobRelay');
    listener = null;
    poll = null;
    running = null;
    again = false;
    stopped = true;
    lastFailureLog = 0;
    constructor(db, queues, config) {
        this.db = db;
        this.queues = queues;
        this.config = config;
    }
    start() {
        if (!this.stopped)
            return;
        this.stopped = false;
        void this.listen();
        this.poll = setInterval(() => this.kick(), this.config.jobs.relayPollMs);
        this.kick();
    }
    async stop() {
        this.stopped = true;
        if (this.poll)
            clearInterval(this.poll);
        this.poll = null;
        const l = this.listener;
        this.listener = null;
        await l?.end().catch(() => undefined);
        await this.running;
    }
    /** Starts a pass now, or right after the one in progress. */
    kick() {
        if (this.stopped)
            return;
        if (this.running) {
            this.again = true;
            return;
        }
        this.running = this.drain().finally(() => {
            this.running = null;
        });
    }
    async drain() {
        for (let pass = 0; pass < 1000 && !this.stopped; pass++) {
            this.again = false;
            let sent = 0;
            try {
                sent = await this.relayOnce(BATCH);
            }
            catch (err) {
                this.logFailure(err);
                return;
            }
            if (sent < BATCH && !this.again)
                return;
        }
    }
    /** One pass over at most `limit` rows; returns how many were sent. */
    async relayOnce(limit) {
        // While Redis is away, leave the rows alone rather than pile up commands in ioredis's queue.
        if (this.queues.redis().status !== 'ready')
            return 0;
        const qr = this.db.createQueryRunner();
        await qr.connect();
        try {
            await qr.startTransaction();
            const rows = await qr.query(`SELECT id, job_name, payload FROM job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
            if (rows.length === 0) {
                await qr.commitTransaction();
                return 0;
            }
            const good = rows.filter((r) => (0, job_registry_1.isJobName)(r.job_name));
            const unknown = rows.filter((r) => !(0, job_registry_1.isJobName)(r.job_name)).map((r) => r.id);
            try {
                await (0, job_queues_service_1.withTimeout)(this.queues.addBulk(good.map((r) => ({ name: r.job_name, data: r.payload }))), ADD_TIMEOUT_MS, 'relaying the job outbox');
            }
            catch (err) {
                await qr.query(`UPDATE job_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
                    rows.map((r) => r.id),
                    err.message.slice(0, 500),
                ]);
                await qr.commitTransaction();
                throw err;
            }
            if (unknown.length) {
                await qr.query(`UPDATE job_outbox SET attempts = attempts + 1, last_error = 'unknown job name' WHERE id = ANY($1::bigint[])`, [
                    unknown,
                ]);
            }
            await qr.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [good.map((r) => r.id)]);
            await qr.commitTransaction();
            return good.length;
        }
        catch (err) {
            if (qr.isTransactionActive)
                await qr.rollbackTransaction().catch(() => undefined);
            throw err;
        }
        finally {
            await qr.release();
        }
    }
    async listen() {
        for (let attempt = 0; !this.stopped; attempt++) {
            const client = new pg_1.Client({ connectionString: this.config.databaseUrl, application_name: 'battrace-relay' });
            try {
                await client.connect();
                client.on('notification', () => this.kick());
                const ended = new Promise((resolve) => {
                    client.on('error', () => resolve());
                    client.on('end', () => resolve());
                });
                await client.query(`LISTEN ${job_outbox_1.OUTBOX_CHANNEL}`);
                if (this.stopped) {
                    await client.end();
                    return;
                }
                this.listener = client;
                attempt = 0;
                this.kick(); // rows written while we were not listening
                await ended;
            }
            catch (err) {
                this.logFailure(err);
                await client.end().catch(() => undefined);
            }
            if (this.listener === client)
                this.listener = null;
            if (!this.stopped)
                await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** Math.min(attempt, 5))));
        }
    }
    logFailure(err) {
        if (Date.now() - this.lastFailureLog < 10_000)
            return;
        this.lastFailureLog = Date.now();
        this.log.warn(`outbox relay: ${err.message} (rows stay in the outbox and are retried)`);
    }
};
exports.JobRelay = JobRelay;
exports.JobRelay = JobRelay = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(2, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        job_queues_service_1.JobQueues, Object])
], JobRelay);
//# sourceMappingURL=job-relay.service.js.map