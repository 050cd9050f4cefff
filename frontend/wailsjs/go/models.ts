export namespace app {
	
	export class About {
	    version: string;
	    os: string;
	    arch: string;
	    dataDir: string;
	
	    static createFrom(source: any = {}) {
	        return new About(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.os = source["os"];
	        this.arch = source["arch"];
	        this.dataDir = source["dataDir"];
	    }
	}
	export class AccountCheck {
	    result: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new AccountCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.result = source["result"];
	        this.message = source["message"];
	    }
	}
	export class ActivityEntry {
	    id: number;
	    at: string;
	    integrationId: string;
	    integrationName: string;
	    kind: string;
	    level: string;
	    message: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.integrationId = source["integrationId"];
	        this.integrationName = source["integrationName"];
	        this.kind = source["kind"];
	        this.level = source["level"];
	        this.message = source["message"];
	        this.reason = source["reason"];
	    }
	}
	export class ActivityFilter {
	    integrationId: string;
	    kind: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.kind = source["kind"];
	        this.limit = source["limit"];
	    }
	}
	export class Article {
	    id: number;
	    title: string;
	    bodyHtml: string;
	    locale: string;
	    sectionName: string;
	    categoryName: string;
	    authorName: string;
	    labelNames: string[];
	    updatedAt: string;
	    htmlUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new Article(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.bodyHtml = source["bodyHtml"];
	        this.locale = source["locale"];
	        this.sectionName = source["sectionName"];
	        this.categoryName = source["categoryName"];
	        this.authorName = source["authorName"];
	        this.labelNames = source["labelNames"];
	        this.updatedAt = source["updatedAt"];
	        this.htmlUrl = source["htmlUrl"];
	    }
	}
	export class ArticleSummary {
	    id: number;
	    title: string;
	    locale: string;
	    draft: boolean;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ArticleSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.locale = source["locale"];
	        this.draft = source["draft"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class Attachment {
	    id: number;
	    fileName: string;
	    contentUrl: string;
	    contentType: string;
	    size: number;
	    inline: boolean;
	    state: string;
	    reason: string;
	    sha256: string;
	
	    static createFrom(source: any = {}) {
	        return new Attachment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.fileName = source["fileName"];
	        this.contentUrl = source["contentUrl"];
	        this.contentType = source["contentType"];
	        this.size = source["size"];
	        this.inline = source["inline"];
	        this.state = source["state"];
	        this.reason = source["reason"];
	        this.sha256 = source["sha256"];
	    }
	}
	export class AttachmentStatus {
	    usedBytes: number;
	    maxTotalBytes: number;
	    maxFileBytes: number;
	    pending: number;
	    downloaded: number;
	    tooLarge: number;
	    failed: number;
	    full: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AttachmentStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.usedBytes = source["usedBytes"];
	        this.maxTotalBytes = source["maxTotalBytes"];
	        this.maxFileBytes = source["maxFileBytes"];
	        this.pending = source["pending"];
	        this.downloaded = source["downloaded"];
	        this.tooLarge = source["tooLarge"];
	        this.failed = source["failed"];
	        this.full = source["full"];
	    }
	}
	export class BootStatus {
	    ok: boolean;
	    message: string;
	    path: string;
	    dataDir: string;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new BootStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.message = source["message"];
	        this.path = source["path"];
	        this.dataDir = source["dataDir"];
	        this.version = source["version"];
	    }
	}
	export class Comment {
	    id: number;
	    authorId: number;
	    authorName: string;
	    public: boolean;
	    htmlBody: string;
	    plainBody: string;
	    createdAt: string;
	    attachments: Attachment[];
	
	    static createFrom(source: any = {}) {
	        return new Comment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.authorId = source["authorId"];
	        this.authorName = source["authorName"];
	        this.public = source["public"];
	        this.htmlBody = source["htmlBody"];
	        this.plainBody = source["plainBody"];
	        this.createdAt = source["createdAt"];
	        this.attachments = this.convertValues(source["attachments"], Attachment);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ConnectStart {
	    authUrl: string;
	    redirectUrl: string;
	    browserOpened: boolean;
	    browserMessage: string;
	
	    static createFrom(source: any = {}) {
	        return new ConnectStart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.authUrl = source["authUrl"];
	        this.redirectUrl = source["redirectUrl"];
	        this.browserOpened = source["browserOpened"];
	        this.browserMessage = source["browserMessage"];
	    }
	}
	export class DeleteResult {
	    pending: boolean;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new DeleteResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pending = source["pending"];
	        this.message = source["message"];
	    }
	}
	export class DirectoryQuery {
	    integrationId: string;
	    search: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new DirectoryQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.search = source["search"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class DomainCheck {
	    ok: boolean;
	    domain: string;
	    host: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new DomainCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.domain = source["domain"];
	        this.host = source["host"];
	        this.message = source["message"];
	    }
	}
	export class ExportStarted {
	    id: string;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportStarted(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.path = source["path"];
	    }
	}
	export class FieldOption {
	    value: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.name = source["name"];
	    }
	}
	export class FieldValue {
	    id: number;
	    title: string;
	    type: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.type = source["type"];
	        this.value = source["value"];
	    }
	}
	export class FilterField {
	    id: number;
	    title: string;
	    type: string;
	    options: FieldOption[];
	
	    static createFrom(source: any = {}) {
	        return new FilterField(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.type = source["type"];
	        this.options = this.convertValues(source["options"], FieldOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HelpCenterSection {
	    id: number;
	    name: string;
	    articles: ArticleSummary[];
	
	    static createFrom(source: any = {}) {
	        return new HelpCenterSection(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.articles = this.convertValues(source["articles"], ArticleSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HelpCenterCategory {
	    id: number;
	    name: string;
	    description: string;
	    sections: HelpCenterSection[];
	
	    static createFrom(source: any = {}) {
	        return new HelpCenterCategory(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.sections = this.convertValues(source["sections"], HelpCenterSection);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class HelpCenterTree {
	    categories: HelpCenterCategory[];
	
	    static createFrom(source: any = {}) {
	        return new HelpCenterTree(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.categories = this.convertValues(source["categories"], HelpCenterCategory);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SyncCounts {
	    tickets: number;
	    users: number;
	    organizations: number;
	    groups: number;
	    articles: number;
	
	    static createFrom(source: any = {}) {
	        return new SyncCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tickets = source["tickets"];
	        this.users = source["users"];
	        this.organizations = source["organizations"];
	        this.groups = source["groups"];
	        this.articles = source["articles"];
	    }
	}
	export class IntegrationDTO {
	    id: string;
	    name: string;
	    capability: string;
	    domain: string;
	    host: string;
	    pullRecordBy: string;
	    backfillStart: string;
	    oauthClientId: string;
	    hasClientSecret: boolean;
	    environment: string;
	    helpCenterLocale: string;
	    pollIntervalMinutes: number;
	    webhookBaseUrl: string;
	    status: string;
	    statusMessage: string;
	    tokenExpiresAt: string;
	    lastSyncAt: string;
	    lastAttemptAt: string;
	    lastError: string;
	    webhookState: string;
	    counts: SyncCounts;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.capability = source["capability"];
	        this.domain = source["domain"];
	        this.host = source["host"];
	        this.pullRecordBy = source["pullRecordBy"];
	        this.backfillStart = source["backfillStart"];
	        this.oauthClientId = source["oauthClientId"];
	        this.hasClientSecret = source["hasClientSecret"];
	        this.environment = source["environment"];
	        this.helpCenterLocale = source["helpCenterLocale"];
	        this.pollIntervalMinutes = source["pollIntervalMinutes"];
	        this.webhookBaseUrl = source["webhookBaseUrl"];
	        this.status = source["status"];
	        this.statusMessage = source["statusMessage"];
	        this.tokenExpiresAt = source["tokenExpiresAt"];
	        this.lastSyncAt = source["lastSyncAt"];
	        this.lastAttemptAt = source["lastAttemptAt"];
	        this.lastError = source["lastError"];
	        this.webhookState = source["webhookState"];
	        this.counts = this.convertValues(source["counts"], SyncCounts);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class IntegrationInput {
	    name: string;
	    capability: string;
	    domain: string;
	    pullRecordBy: string;
	    backfillStart: string;
	    oauthClientId: string;
	    oauthClientSecret: string;
	    clearClientSecret: boolean;
	    environment: string;
	    helpCenterLocale: string;
	    pollIntervalMinutes: number;
	    webhookBaseUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new IntegrationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.capability = source["capability"];
	        this.domain = source["domain"];
	        this.pullRecordBy = source["pullRecordBy"];
	        this.backfillStart = source["backfillStart"];
	        this.oauthClientId = source["oauthClientId"];
	        this.oauthClientSecret = source["oauthClientSecret"];
	        this.clearClientSecret = source["clearClientSecret"];
	        this.environment = source["environment"];
	        this.helpCenterLocale = source["helpCenterLocale"];
	        this.pollIntervalMinutes = source["pollIntervalMinutes"];
	        this.webhookBaseUrl = source["webhookBaseUrl"];
	    }
	}
	export class ListenerStatus {
	    address: string;
	    running: boolean;
	    error: string;
	    received: number;
	    accepted: number;
	    duplicates: number;
	    rejected: number;
	
	    static createFrom(source: any = {}) {
	        return new ListenerStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.address = source["address"];
	        this.running = source["running"];
	        this.error = source["error"];
	        this.received = source["received"];
	        this.accepted = source["accepted"];
	        this.duplicates = source["duplicates"];
	        this.rejected = source["rejected"];
	    }
	}
	export class NamedID {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new NamedID(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class OrganizationRow {
	    integrationId: string;
	    id: number;
	    name: string;
	    domainNames: string[];
	    tags: string[];
	    userCount: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new OrganizationRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.id = source["id"];
	        this.name = source["name"];
	        this.domainNames = source["domainNames"];
	        this.tags = source["tags"];
	        this.userCount = source["userCount"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class OrganizationPage {
	    total: number;
	    rows: OrganizationRow[];
	
	    static createFrom(source: any = {}) {
	        return new OrganizationPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.rows = this.convertValues(source["rows"], OrganizationRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PendingCleanupDTO {
	    integrationId: string;
	    name: string;
	    host: string;
	    what: string;
	    attempts: number;
	    lastError: string;
	
	    static createFrom(source: any = {}) {
	        return new PendingCleanupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.name = source["name"];
	        this.host = source["host"];
	        this.what = source["what"];
	        this.attempts = source["attempts"];
	        this.lastError = source["lastError"];
	    }
	}
	export class StreamStatus {
	    name: string;
	    records: number;
	    pages: number;
	    runRecords: number;
	    runPages: number;
	    lastError: string;
	    checkpoint: string;
	    waitingUntil: string;
	
	    static createFrom(source: any = {}) {
	        return new StreamStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.records = source["records"];
	        this.pages = source["pages"];
	        this.runRecords = source["runRecords"];
	        this.runPages = source["runPages"];
	        this.lastError = source["lastError"];
	        this.checkpoint = source["checkpoint"];
	        this.waitingUntil = source["waitingUntil"];
	    }
	}
	
	export class SyncEstimate {
	    tickets: number;
	    minutes: number;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncEstimate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tickets = source["tickets"];
	        this.minutes = source["minutes"];
	        this.message = source["message"];
	    }
	}
	export class SyncStatus {
	    integrationId: string;
	    running: boolean;
	    lastSyncAt: string;
	    lastAttemptAt: string;
	    lastError: string;
	    counts: SyncCounts;
	    streams: StreamStatus[];
	
	    static createFrom(source: any = {}) {
	        return new SyncStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.running = source["running"];
	        this.lastSyncAt = source["lastSyncAt"];
	        this.lastAttemptAt = source["lastAttemptAt"];
	        this.lastError = source["lastError"];
	        this.counts = this.convertValues(source["counts"], SyncCounts);
	        this.streams = this.convertValues(source["streams"], StreamStatus);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TestResult {
	    ok: boolean;
	    kind: string;
	    message: string;
	    userName: string;
	    userEmail: string;
	    role: string;
	    retryAfterSeconds: number;
	
	    static createFrom(source: any = {}) {
	        return new TestResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.kind = source["kind"];
	        this.message = source["message"];
	        this.userName = source["userName"];
	        this.userEmail = source["userEmail"];
	        this.role = source["role"];
	        this.retryAfterSeconds = source["retryAfterSeconds"];
	    }
	}
	export class TicketDetail {
	    integrationId: string;
	    id: number;
	    subject: string;
	    status: string;
	    priority: string;
	    requesterName: string;
	    assigneeName: string;
	    organizationName: string;
	    tags: string[];
	    createdAt: string;
	    updatedAt: string;
	    deleted: boolean;
	    mergedInto: number;
	    description: string;
	    type: string;
	    groupName: string;
	    via: string;
	    comments: Comment[];
	    brandName: string;
	    formName: string;
	    satisfactionScore: string;
	    satisfactionComment: string;
	    fields: FieldValue[];
	
	    static createFrom(source: any = {}) {
	        return new TicketDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.status = source["status"];
	        this.priority = source["priority"];
	        this.requesterName = source["requesterName"];
	        this.assigneeName = source["assigneeName"];
	        this.organizationName = source["organizationName"];
	        this.tags = source["tags"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deleted = source["deleted"];
	        this.mergedInto = source["mergedInto"];
	        this.description = source["description"];
	        this.type = source["type"];
	        this.groupName = source["groupName"];
	        this.via = source["via"];
	        this.comments = this.convertValues(source["comments"], Comment);
	        this.brandName = source["brandName"];
	        this.formName = source["formName"];
	        this.satisfactionScore = source["satisfactionScore"];
	        this.satisfactionComment = source["satisfactionComment"];
	        this.fields = this.convertValues(source["fields"], FieldValue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketFilters {
	    statuses: string[];
	    priorities: string[];
	    assignees: NamedID[];
	    organizations: NamedID[];
	    tags: string[];
	    brands: NamedID[];
	    forms: NamedID[];
	    groups: NamedID[];
	    fields: FilterField[];
	
	    static createFrom(source: any = {}) {
	        return new TicketFilters(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statuses = source["statuses"];
	        this.priorities = source["priorities"];
	        this.assignees = this.convertValues(source["assignees"], NamedID);
	        this.organizations = this.convertValues(source["organizations"], NamedID);
	        this.tags = source["tags"];
	        this.brands = this.convertValues(source["brands"], NamedID);
	        this.forms = this.convertValues(source["forms"], NamedID);
	        this.groups = this.convertValues(source["groups"], NamedID);
	        this.fields = this.convertValues(source["fields"], FilterField);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketRow {
	    integrationId: string;
	    id: number;
	    subject: string;
	    status: string;
	    priority: string;
	    requesterName: string;
	    assigneeName: string;
	    organizationName: string;
	    tags: string[];
	    createdAt: string;
	    updatedAt: string;
	    deleted: boolean;
	    mergedInto: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.id = source["id"];
	        this.subject = source["subject"];
	        this.status = source["status"];
	        this.priority = source["priority"];
	        this.requesterName = source["requesterName"];
	        this.assigneeName = source["assigneeName"];
	        this.organizationName = source["organizationName"];
	        this.tags = source["tags"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deleted = source["deleted"];
	        this.mergedInto = source["mergedInto"];
	    }
	}
	export class TicketPage {
	    total: number;
	    rows: TicketRow[];
	
	    static createFrom(source: any = {}) {
	        return new TicketPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.rows = this.convertValues(source["rows"], TicketRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketQuery {
	    integrationId: string;
	    search: string;
	    statuses: string[];
	    priorities: string[];
	    assigneeId: number;
	    organizationId: number;
	    tag: string;
	    offset: number;
	    limit: number;
	    sort: string;
	    brandId: number;
	    formId: number;
	    groupId: number;
	    fieldId: number;
	    fieldValue: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.search = source["search"];
	        this.statuses = source["statuses"];
	        this.priorities = source["priorities"];
	        this.assigneeId = source["assigneeId"];
	        this.organizationId = source["organizationId"];
	        this.tag = source["tag"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.sort = source["sort"];
	        this.brandId = source["brandId"];
	        this.formId = source["formId"];
	        this.groupId = source["groupId"];
	        this.fieldId = source["fieldId"];
	        this.fieldValue = source["fieldValue"];
	    }
	}
	
	export class UserRow {
	    integrationId: string;
	    id: number;
	    name: string;
	    email: string;
	    role: string;
	    organizationName: string;
	    active: boolean;
	    suspended: boolean;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new UserRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.id = source["id"];
	        this.name = source["name"];
	        this.email = source["email"];
	        this.role = source["role"];
	        this.organizationName = source["organizationName"];
	        this.active = source["active"];
	        this.suspended = source["suspended"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class UserPage {
	    total: number;
	    rows: UserRow[];
	
	    static createFrom(source: any = {}) {
	        return new UserPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.rows = this.convertValues(source["rows"], UserRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class WebhookCheck {
	    id: string;
	    label: string;
	    ok: boolean;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new WebhookCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = source["label"];
	        this.ok = source["ok"];
	        this.detail = source["detail"];
	    }
	}
	export class VerifyReport {
	    integrationId: string;
	    webhookId: string;
	    endpoint: string;
	    checks: WebhookCheck[];
	    testSent: boolean;
	    testArrived: boolean;
	    testDetail: string;
	    ok: boolean;
	    off: boolean;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new VerifyReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.integrationId = source["integrationId"];
	        this.webhookId = source["webhookId"];
	        this.endpoint = source["endpoint"];
	        this.checks = this.convertValues(source["checks"], WebhookCheck);
	        this.testSent = source["testSent"];
	        this.testArrived = source["testArrived"];
	        this.testDetail = source["testDetail"];
	        this.ok = source["ok"];
	        this.off = source["off"];
	        this.message = source["message"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace integration {
	
	export class CapabilityRule {
	    value: string;
	    displayName: string;
	    requiredFields: string[];
	
	    static createFrom(source: any = {}) {
	        return new CapabilityRule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.displayName = source["displayName"];
	        this.requiredFields = source["requiredFields"];
	    }
	}
	export class RuleSet {
	    capabilities: CapabilityRule[];
	    maxNameLength: number;
	    maxDomainLength: number;
	    maxClientIdLength: number;
	    maxClientSecretLength: number;
	    minPollInterval: number;
	    maxPollInterval: number;
	    defaultPollInterval: number;
	    domainSuffix: string;
	    localePattern: string;
	
	    static createFrom(source: any = {}) {
	        return new RuleSet(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.capabilities = this.convertValues(source["capabilities"], CapabilityRule);
	        this.maxNameLength = source["maxNameLength"];
	        this.maxDomainLength = source["maxDomainLength"];
	        this.maxClientIdLength = source["maxClientIdLength"];
	        this.maxClientSecretLength = source["maxClientSecretLength"];
	        this.minPollInterval = source["minPollInterval"];
	        this.maxPollInterval = source["maxPollInterval"];
	        this.defaultPollInterval = source["defaultPollInterval"];
	        this.domainSuffix = source["domainSuffix"];
	        this.localePattern = source["localePattern"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

