"""Writes `Clinic Night Shift/data.json` as signal-export writes it: JSON Lines, one message per line, naive local
time (`datetime.isoformat()`, so microseconds appear when the milliseconds were not zero), two spaces appended to
every body, quotes as Markdown blocks, reactions as [name, emoji] pairs. The export was cut off in the last line.
Fictional people. Run: python3 make-sample.py
"""
import json

lines = []


def add(date, sender, body="", quote="", sticker="", reactions=(), attachments=(), deleted=False):
    q = "\n\n> " + quote.replace("\n", "\n> ") + "\n\n" if quote else ""
    rec = {
        "date": date,
        "sender": sender,
        "body": body.replace("`", "") + "  ",
        "quote": q,
        "sticker": sticker,
        "reactions": [list(r) for r in reactions],
        "attachments": [{"name": a, "path": "media/" + a.replace(" ", "%20")} for a in attachments],
        "deleted": deleted,
        "call": False,
        "missed": False,
    }
    lines.append(json.dumps(rec, ensure_ascii=False))


add("2024-09-02T19:00:03.412000", "No-Sender")
add("2024-09-02T19:00:10", "Me", "Welcome to the night shift group. Handover notes here, please no patient names.")
add("2024-09-02T19:02:44.090000", "Dr. Amara Osei", "Thanks! First shift tonight with the new rota.", reactions=[("Me", "👍")])
add("2024-09-02T19:05:00", "Jonas Keller", "Hallo zusammen, ich bin ab 22 Uhr da.")
add("2024-09-02T19:05:31", "Sofía Martín", "¡Hola! Yo cubro la planta 3.")
add("2024-09-02T19:06:00", "No-Sender")
add("2024-09-02T22:14:55.700000", "Jonas Keller", "Bed 12 needs a new IV line, I'll do it after rounds.")
add("2024-09-02T22:20:00", "Dr. Amara Osei", "ok", quote="Bed 12 needs a new IV line, I'll do it after rounds.")
add("2024-09-02T23:40:12", "Sofía Martín", attachments=["2024-09-02T23-40-12.000_00_whiteboard.jpg"])
add("2024-09-02T23:40:40", "Sofía Martín", "Whiteboard for tomorrow's handover")
add("2024-09-03T00:15:00", "Me", "Missed voice call")
add("2024-09-03T00:16:20", "Dr. Amara Osei", "Sorry, was in theatre. Call me back?")
add("2024-09-03T00:17:00", "Me", "Outgoing voice call (accepted, 4m 12s)")
add("2024-09-03T01:02:00", "Jonas Keller", deleted=True)
add("2024-09-03T01:03:10", "Jonas Keller", "Wrong chat, sorry 🙈", reactions=[("Sofía Martín", "😂"), ("Me", "😅")])
add("2024-09-03T02:30:00", "Sofía Martín", "Checklist for the 3am meds round:\n1. Ward 3 east\n2. Ward 3 west\n3. ICU step-down")
add("2024-09-03T02:31:00", "Dr. Amara Osei", sticker="💪")
add("2024-09-03T05:55:00", "Me", "Handover PDF attached.", attachments=["2024-09-03T05-55-00.000_00_handover_0903.pdf"])
add("2024-09-03T06:01:00", "Jonas Keller", "Danke, gute Nacht! / 晚安")
add("2024-09-03T19:00:00", "No-Sender")
add("2024-09-03T19:01:00", "Li Na", "Hi all, Li Na here, joining from pediatrics. 大家好!")
add("2024-09-03T19:01:30", "Me", "Welcome Li Na!", quote="Hi all, Li Na here, joining from pediatrics. 大家好!")
add("2024-09-03T21:45:00", "Li Na", attachments=["2024-09-03T21-45-00.000_00_voice note.m4a"])
add("2024-09-03T21:46:00", "Sofía Martín", "Recibido, lo miro ahora.")
add("2024-09-03T23:59:59.999000", "Dr. Amara Osei", "Lab results for bed 7 are back, all normal.")
add("2024-09-04T00:00:30", "Jonas Keller", "Incoming video call (declined)")
add("2024-09-04T00:01:00", "Jonas Keller", "Can't talk, will text.")
add("2024-09-04T03:10:00", "Li Na", "Is the code for the med room still 4471?")
add("2024-09-04T03:10:45", "Me", "Please don't post codes here. Ask at the desk.", reactions=[("Dr. Amara Osei", "👍"), ("Sofía Martín", "👍")])
add("2024-09-04T03:11:00", "Li Na", deleted=True)
add("2024-09-04T06:00:00", "Sofía Martín", "Shift done. Hasta mañana.", sticker="")
add("2024-09-04T06:00:10", "No-Sender")
add("2024-09-05T19:00:00", "Me", "Reminder: rota for next week is in the shared drive.")
add("2024-09-05T19:03:00", "Dr. Amara Osei", attachments=["2024-09-05T19-03-00.000_00_rota_w37.xlsx", "2024-09-05T19-03-00.000_01_rota_w37_notes.docx"])
add("2024-09-05T19:04:00", "Jonas Keller", "Passt.")

with open("Clinic Night Shift/data.json", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
    # Cut off mid-record, as a copy interrupted by a full disk leaves it.
    f.write('{"date": "2024-09-05T19:10:00", "sender": "Li Na", "body": "See you all on Mon')
