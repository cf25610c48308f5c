package uk.org.safeguard.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import uk.org.safeguard.timeline.ChildTimeline;

/**
 * The record as a PDF (Apache PDFBox): A4 pages of headed sections, text wrapped to the
 * page.
 */
final class RecordPdf {

	private static final float MARGIN = 50;

	private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document = new PDDocument();

	private PDPageContentStream content;

	private float y;

	private RecordPdf() {
	}

	static byte[] write(ChildRecord record) {
		RecordPdf pdf = new RecordPdf();
		try {
			pdf.render(record);
			return pdf.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void render(ChildRecord record) throws IOException {
		newPage();
		line(BOLD, 16,
				"Child's record: " + (record.childName() != null ? record.childName() : "(name not visible to you)"));
		line(REGULAR, 10, "Child id: " + record.childId());
		line(REGULAR, 10, "Produced " + RecordFormat.dateTime(record.producedAt()) + " for " + record.readBy()
				+ ", with only the cases their groups may read. Every export is recorded in the access audit.");
		line(REGULAR, 10,
				record.cases().size() + (record.cases().size() == 1 ? " case" : " cases") + ", oldest first.");
		if (record.cases().isEmpty()) {
			line(REGULAR, 11, "No cases you may read.");
		}
		for (ChildRecord.Case c : record.cases()) {
			ChildTimeline.Entry e = c.entry();
			gap(10);
			line(BOLD, 13, (e.process() != null ? e.process() : e.processKey())
					+ (e.businessKey() != null ? " — " + e.businessKey() : ""));
			line(REGULAR, 10, "Opened " + RecordFormat.dateTime(e.started()) + (e.ended() != null
					? ", " + RecordFormat.state(e.state()) + " " + RecordFormat.dateTime(e.ended()) : ", still open"));
			if (!e.steps().isEmpty()) {
				line(BOLD, 11, "Tasks and deadlines");
				for (ChildTimeline.Step s : e.steps()) {
					line(REGULAR, 10,
							"• " + s.task() + (s.due() != null ? " — due " + RecordFormat.dateTime(s.due()) : "")
									+ (s.ended() != null ? ", done " + RecordFormat.dateTime(s.ended()) : "")
									+ (s.assignee() != null ? " by " + s.assignee() : "") + " — deadline "
									+ RecordFormat.deadline(s.deadline()));
				}
			}
			if (!c.decisions().isEmpty()) {
				line(BOLD, 11, "Decisions and reasons");
				for (ChildRecord.Decision d : c.decisions()) {
					line(REGULAR, 10, "• " + d.name() + ": " + d.value());
				}
			}
			if (!c.actions().isEmpty()) {
				line(BOLD, 11, "Agency actions");
				for (ChildRecord.Action a : c.actions()) {
					line(REGULAR, 10,
							"• " + a.agency() + ": " + a.description() + " — due " + RecordFormat.dateTime(a.due())
									+ ", deadline " + RecordFormat.deadline(a.deadline())
									+ (a.outcome() != null ? ", outcome " + a.outcome() : "")
									+ (a.notes() != null ? " (" + a.notes() + ")" : ""));
				}
			}
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = page.getMediaBox().getHeight() - MARGIN;
	}

	private void gap(float points) {
		y -= points;
	}

	/**
	 * Writes the text, wrapped to the page width, starting a new page when this one is
	 * full.
	 */
	private void line(PDFont font, float size, String text) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		for (String wrapped : wrap(font, size, printable(font, text), width)) {
			if (y < MARGIN + size) {
				newPage();
			}
			y -= size * 1.4f;
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(MARGIN, y);
			content.showText(wrapped);
			content.endText();
		}
	}

	private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * The standard PDF fonts cover Western European text; anything else is shown as '?',
	 * never dropped.
	 */
	private static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private byte[] finish() throws IOException {
		content.close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		document.close();
		return out.toByteArray();
	}

}
