"""Writes DataExport_2024-04-12/result.json: a fictional Telegram Desktop full-account export.

Times are written as the exporting machine (Europe/Berlin) shows them in `date`, with `date_unixtime` in UTC,
across the 31 March 2024 DST change. One message carries tdesktop's invalid `\\x0C` escape.
Run: python3 make-sample.py
"""
import json
from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
ME = ("Tomás Ortega", "user4100000001")
LENA = ("Lena Fischer", "user5100000001")
WEI = ("Wei Zhang", "user5200000002")
PRIYA = ("Priya Nair", "user5300000003")
MARCO = ("Marco Bianchi", "user5400000004")
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
FF_PLACEHOLDER = "@@FORMFEED@@"


def stamp(local):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BERLIN)
    return {"date": dt.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(dt.timestamp()))}


def entities(text):
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    return [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]


class Chat:
    def __init__(self, name, type_, id_, first_id):
        self.obj = {"name": name, "type": type_, "id": id_, "messages": []}
        self.next_id = first_id

    def msg(self, local, who, text="", **extra):
        m = {"id": self.next_id, "type": "message", **stamp(local)}
        self.next_id += 1
        if "edited" in extra:
            e = stamp(extra.pop("edited"))
            m.update({"edited": e["date"], "edited_unixtime": e["date_unixtime"]})
        m["from"] = who[0] if who else None
        m["from_id"] = who[1] if who else extra.pop("from_id")
        m.update(extra)
        m["text"] = text
        m["text_entities"] = entities(text)
        self.obj["messages"].append(m)
        return m["id"]

    def service(self, local, who, action, **extra):
        m = {"id": self.next_id, "type": "service", **stamp(local), "actor": who[0], "actor_id": who[1], "action": action}
        self.next_id += 1
        m.update(extra)
        m["text"] = ""
        m["text_entities"] = []
        self.obj["messages"].append(m)
        return m["id"]


# 1. Personal chat with Lena (22 records).
lena = Chat("Lena Fischer", "personal_chat", 5100000001, 8801)
lena.service("2024-03-25 08:58:12", LENA, "joined_telegram")
first = lena.msg("2024-03-25 09:02:40", ME, "Hi Lena, Tomás here from the terminal. Saved your number.")
lena.msg("2024-03-25 09:05:03", LENA, "Hallo Tomás! Gut, dass du schreibst.", reply_to_message_id=first)
lena.msg("2024-03-25 09:06:30", LENA, "Can you send me the berth plan for next week?")
lena.msg("2024-03-25 09:20:11", ME, "", file="files/Liegeplatzplan_KW13.pdf", mime_type="application/pdf")
lena.msg("2024-03-25 09:21:00", ME, ["Also the ", {"type": "text_link", "text": "tariff sheet", "href": "https://example.com/tariffs-2024"}, " is updated."])
lena.msg("2024-03-25 09:30:45", LENA, "Danke! 👍")
lena.service("2024-03-26 14:00:00", ME, "phone_call", duration_seconds=0, discard_reason="missed")
lena.service("2024-03-26 14:03:10", LENA, "phone_call", duration_seconds=312, discard_reason="hangup")
lena.msg("2024-03-26 14:10:00", LENA, "As discussed: crane 3 is down until Thursday.", edited="2024-03-26 14:12:30")
lena.msg("2024-03-26 14:11:02", ME, "", photo=NOT_INCLUDED, width=1280, height=960)
lena.msg("2024-03-26 14:11:40", ME, "That's the damage on the spreader.")
lena.msg("2024-03-27 07:45:00", LENA, "", file="voice_messages/audio_1@27-03-2024_07-45-00.ogg", media_type="voice_message", mime_type="audio/ogg", duration_seconds=21)
lena.msg("2024-03-27 07:46:15", ME, "Heard it. Ok, I'll tell Wei.")
lena.msg("2024-03-30 22:15:00", LENA, "Schönes Osterwochenende!")
lena.msg("2024-03-31 01:59:30", ME, "Frohe Ostern 🐣 (still at the gate, night shift)")
lena.msg("2024-03-31 03:00:05", ME, "Clocks just jumped an hour, the gate log looks odd now.")
lena.msg("2024-03-31 10:12:00", LENA, "", location_information={"latitude": 53.5413, "longitude": 9.9667})
lena.msg("2024-03-31 10:12:30", LENA, "Meet me here at 11?")
lena.msg("2024-03-31 10:13:00", ME, "", file="stickers/sticker.webp", media_type="sticker", sticker_emoji="👌", width=512, height=512)
lena.msg("2024-04-02 16:40:00", LENA, "Forwarding this from the port authority:", forwarded_from="Port Notices")
lena.msg("2024-04-02 16:41:00", ME, "Seen, thanks. Page " + FF_PLACEHOLDER + "two was blank in my copy.")

# 2. Supergroup (30 records).
ops = Chat("Harbor Ops 港口", "private_supergroup", 1770000001, 15)
ops.service("2024-03-20 08:00:00", ME, "create_group", title="Harbor Ops", members=["Lena Fischer", "Wei Zhang"])
ops.service("2024-03-20 08:01:00", ME, "invite_members", members=["Priya Nair"])
ops.msg("2024-03-20 08:02:10", ME, "Welcome all. This group is for shift handovers only.")
ops.msg("2024-03-20 08:05:00", WEI, "收到。明天早班我负责。")
ops.msg("2024-03-20 08:05:40", PRIYA, "Got it 🙌")
ops.service("2024-03-20 08:10:00", ME, "edit_group_title", title="Harbor Ops 港口")
pin = ops.msg("2024-03-20 08:12:00", ME, ["Handover checklist: ", {"type": "link", "text": "https://example.com/handover"}, " — ", {"type": "bold", "text": "read before every shift"}])
ops.service("2024-03-20 08:12:05", ME, "pin_message", message_id=pin)
ops.msg("2024-03-21 06:01:00", WEI, "", photo="photos/photo_3@21-03-2024_06-01-00.jpg", width=1600, height=1200)
ops.msg("2024-03-21 06:01:30", WEI, "Gate B camera offline again")
ops.msg("2024-03-21 06:30:00", PRIYA, "Ticket opened, #4471", reply_to_message_id=ops.next_id - 1)
ops.service("2024-03-21 12:00:00", MARCO, "join_group_by_link", inviter="Priya Nair")
ops.msg("2024-03-21 12:01:00", MARCO, "Ciao! Marco, customs liaison. Happy to help.")
ops.msg("2024-03-21 12:05:00", ME, ["Welcome ", {"type": "mention", "text": "@marco_b"}, "!"])
ops.msg("2024-03-22 18:45:00", None, "I'm leaving the company, my account goes away tomorrow.", from_id="user5999999999")
ops.msg("2024-03-22 19:00:00", PRIYA, "", poll={"question": "Night shift Saturday?", "closed": True, "total_voters": 3, "answers": [{"text": "Priya", "voters": 1, "chosen": False}, {"text": "Wei", "voters": 2, "chosen": False}]})
ops.msg("2024-03-23 07:10:00", WEI, "Wei it is. 好的。")
ops.service("2024-03-23 09:00:00", ME, "group_call", duration=1260)
ops.msg("2024-03-23 09:25:00", ME, "Notes from the call are in the drive.", edited="2024-03-23 09:40:00")
ops.msg("2024-03-24 11:11:00", MARCO, "", file="files/Zollanmeldung_0324.xlsx", mime_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
ops.msg("2024-03-24 11:12:00", MARCO, "La declaración de aduanas para el buque MSC Aurora.")
ops.msg("2024-03-28 15:00:00", PRIYA, "", contact_information={"first_name": "Jonas", "last_name": "Weber", "phone_number": "+49 40 0000 1234"}, contact_vcard="contacts/contact_1.vcard")
ops.msg("2024-03-28 15:01:00", PRIYA, "Jonas is the new pilot coordinator.")
ops.service("2024-03-29 10:00:00", ME, "remove_members", members=["Lena Fischer"])
ops.msg("2024-03-29 10:01:00", ME, "Lena moved to the Bremerhaven team, she'll use the DM.")
ops.msg("2024-03-31 03:30:00", WEI, "", file="video_files/gate_b.mp4", media_type="video_file", mime_type="video/mp4", duration_seconds=44, thumbnail="video_files/gate_b.mp4_thumb.jpg")
ops.msg("2024-03-31 03:31:00", WEI, "Gate B at 03:30, after the clock change.")
ops.msg("2024-04-05 17:00:00", PRIYA, "", file="video_files/IMG_2291.gif.mp4", media_type="animation", mime_type="video/mp4")
ops.msg("2024-04-05 17:00:20", PRIYA, "weekend!!")
ops.msg("2024-04-10 08:00:00", ME, "Reminder: audit on Friday. Keep business talk in this group, not in private chats.")

# 3. Channel (8 records).
notices = Chat("Port Notices", "public_channel", 1880000001, 301)
notices.service("2024-03-01 09:00:00", ("Port Notices", "channel1880000001"), "create_channel", title="Port Notices")
notices.msg("2024-03-01 09:05:00", ("Port Notices", "channel1880000001"), "Welcome to the official notices channel.", author="Harbor Authority")
notices.msg("2024-03-15 12:00:00", ("Port Notices", "channel1880000001"), "Berth 4 closed for dredging 18–22 March.")
notices.msg("2024-03-29 08:00:00", ("Port Notices", "channel1880000001"), "", photo="photos/photo_9@29-03-2024_08-00-00.jpg", width=1080, height=1350)
notices.msg("2024-03-29 08:00:30", ("Port Notices", "channel1880000001"), "Easter opening hours above. Frohe Ostern!")
notices.msg("2024-04-02 16:30:00", ("Port Notices", "channel1880000001"), ["New security rules: ", {"type": "text_link", "text": "PDF", "href": "https://example.com/security-2024.pdf"}])
notices.msg("2024-04-08 06:00:00", ("Port Notices", "channel1880000001"), "Fog warning — pilotage suspended until 10:00.")
notices.msg("2024-04-11 13:00:00", ("Port Notices", "channel1880000001"), "", poll={"question": "Was this channel useful?", "closed": False, "total_voters": 41, "answers": [{"text": "Yes", "voters": 37, "chosen": False}, {"text": "No", "voters": 4, "chosen": False}]})

# 4. Left group (5 records).
tender = Chat("Old Tender Team", "private_group", 1660000001, 3)
tender.service("2023-11-02 10:00:00", PRIYA, "create_group", title="Old Tender Team", members=["Tomás Ortega", "Marco Bianchi"])
tender.msg("2023-11-02 10:02:00", PRIYA, "Bid deadline is 15 Nov.")
tender.msg("2023-11-02 10:05:00", MARCO, "Preparo los documentos esta semana.")
tender.msg("2023-11-14 23:50:00", ME, "Submitted. Fingers crossed.")
tender.service("2023-11-20 09:00:00", ME, "remove_members", members=["Tomás Ortega"])

export = {
    "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
    "personal_information": {"user_id": 4100000001, "first_name": "Tomás", "last_name": "Ortega", "phone_number": "+49 160 0000000", "username": "@tortega", "bio": ""},
    "profile_pictures": [],
    "contacts": {"about": "This is your contact list.", "list": [
        {"user_id": 5100000001, "first_name": "Lena", "last_name": "Fischer", "phone_number": "+49 171 0000001", **stamp("2024-03-25 09:00:00")},
        {"user_id": 5200000002, "first_name": "Wei", "last_name": "Zhang", "phone_number": "+86 138 0000 0002", **stamp("2024-03-19 10:00:00")},
    ]},
    "frequent_contacts": {"about": "Frequent contacts", "list": [{"id": 5100000001, "category": "people", "type": "user", "name": "Lena Fischer", "rating": 0.92}]},
    "chats": {"about": "This page lists all chats from this export.", "list": [lena.obj, ops.obj, notices.obj]},
    "left_chats": {"about": "This page lists all supergroups and channels from this export that you've left.", "list": [tender.obj]},
}

text = json.dumps(export, ensure_ascii=False, indent=1)
assert text.count(FF_PLACEHOLDER) == 2  # text and text_entities
text = text.replace(FF_PLACEHOLDER, "\\x0C")
with open("DataExport_2024-04-12/result.json", "w", encoding="utf-8") as f:
    f.write(text + "\n")
