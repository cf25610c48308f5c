package uk.org.safeguard.record;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/children/{childId}/record.pdf} and {@code record.csv}: the child's
 * record, as far as the caller may read it, for a court or an inspector. Each export is
 * recorded by the access audit.
 */
@RestController
@Tag(name = "Children")
class ChildRecordController {

	private final ChildRecords records;

	ChildRecordController(ChildRecords records) {
		this.records = records;
	}

	@GetMapping(path = "/api/children/{childId}/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The child's record as PDF: cases in time order, deadlines met or missed, decisions and "
			+ "their rationale, agency actions — only what the caller may read")
	ResponseEntity<byte[]> pdf(@PathVariable String childId) {
		return download(RecordPdf.write(records.of(childId)), MediaType.APPLICATION_PDF, childId, "pdf");
	}

	@GetMapping(path = "/api/children/{childId}/record.csv", produces = "text/csv")
	@Operation(summary = "The same record as CSV, one row per case, task, decision and agency action")
	ResponseEntity<byte[]> csv(@PathVariable String childId) {
		return download(RecordCsv.write(records.of(childId)).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), childId, "csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String childId, String extension) {
		String file = "child-" + childId.replaceAll("[^A-Za-z0-9_-]", "_") + "-record." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

}
