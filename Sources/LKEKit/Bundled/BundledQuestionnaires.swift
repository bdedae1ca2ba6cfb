// Generated from questionnaires/ by Tests/LKEKitTests/BundledQuestionnairesTests.swift; do not edit.
// Regenerate with: UPDATE_BUNDLED=1 swift test --filter BundledQuestionnairesTests

/// The definitions `lke` carries, so that it works from any directory.
enum BundledQuestionnaires {
    static let files: [(name: String, text: String)] = [
        ("lke-zi-2021.yaml", #"""
# Lembar Kerja Evaluasi (LKE) Zona Integritas Menuju WBK/WBBM, PermenPANRB 90/2021.
#
# Sources: docs/sources.md lists where every part of this file comes from and states the interpretation
#   decisions it follows (cited below as "D1" ... "D10", each with its reason).
# - Lampiran III of PermenPANRB 90/2021 (the LKE): every question, criterion, condition, count-row label
#   and explanation below is copied from it as printed, typos included; "# sic:" comments point them out.
# - Lampiran II of PermenPANRB 90/2021: Tabel 3 (area weights), Tabel 4 (hasil weights), Tabel 6
#   (thresholds); PermenPANRB 5/2024: Tabel 5 (prerequisites).
# - docs/format.md: the file format (lke/1).
#
# Structure: NILAI (100) = A PENGUNGKIT (60) + B HASIL (40).
#   A = A.I PEMENUHAN (30) + A.II REFORM (30); each half has the six areas 1..6 with half weights
#   4.00 / 3.50 / 5.00 / 5.00 / 7.50 / 5.00 (Tabel 3: 8 / 7 / 10 / 10 / 15 / 10, split 50/50).
#   Sub-indicators (A.I.1.i ...) hold the questions; their weights are the printed Bobot
#   (Lampiran III). Sub-indicator score = mean of its question values x its weight, unanswered
#   questions counting 0 (D7).
#   B = B.I (22.50: IPAK 17.50 + capaian kinerja 5.00) + B.II (17.50: IPKP), Tabel 4.
# Counts (docs/sources.md): 113 scored questions = 17 Ya/Tidak + 36 A/B/C + 33 A-D + 17 A-E
#   + 8 percentages (computed from 22 count inputs and 2 derived subtotals) + 2 survey indices.
# Codes (D2): the regulation's path; a sub-indicator printed with one unlettered question
#   gets "a"; count rows are inputs <question>.1, .2, ... in printed order.
# Answer values (D3): the scales below.
# Rounding (D8, D9): arithmetic is exact; scores and percentages are rounded to
#   2 decimals, half away from zero, where shown and where thresholds are checked.
format: lke/1
kind: lke
id: lke-zi-2021
title: Lembar Kerja Evaluasi Zona Integritas Menuju WBK/WBBM
version: "2021.1"
legal_basis:
  - Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju WBK dan WBBM di Instansi Pemerintah, Lampiran II (Tabel 3, Tabel 4, Tabel 6)
  - Peraturan Menteri PANRB Nomor 90 Tahun 2021, Lampiran III (Lembar Kerja Evaluasi Zona Integritas)
  - Peraturan Menteri PANRB Nomor 5 Tahun 2024 (perubahan atas Peraturan Menteri PANRB Nomor 90 Tahun 2021; mengganti Bab II Lampiran II, syarat pengusulan unit kerja, Tabel 5)
language: id
rounding: {decimals: 2, mode: half-away-from-zero}

# D3 (docs/sources.md): the values of the ministry's worksheet and of every implementation found.
# A-D uses 0.67 / 0.33 as printed by those implementations, not exact thirds.
scales:
  - id: ya-tidak
    title: Ya/Tidak
    options:
      - code: Ya
        label: Ya
        value: 1
        aliases: [Y]
      - code: Tidak
        label: Tidak
        value: 0
        aliases: [T]
  - id: abc
    title: A/B/C
    options:
      - code: A
        label: A
        value: 1
      - code: B
        label: B
        value: 0.5
      - code: C
        label: C
        value: 0
  - id: abcd
    title: A/B/C/D
    options:
      - code: A
        label: A
        value: 1
      - code: B
        label: B
        value: 0.67
      - code: C
        label: C
        value: 0.33
      - code: D
        label: D
        value: 0
  - id: abcde
    title: A/B/C/D/E
    options:
      - code: A
        label: A
        value: 1
      - code: B
        label: B
        value: 0.75
      - code: C
        label: C
        value: 0.5
      - code: D
        label: D
        value: 0.25
      - code: E
        label: E
        value: 0

# Titles are printed headings of Lampiran III (upper case as printed for components, aspects and
# areas); B.I and B.II are written in title case. The root is the worksheet's row "NILAI EVALUASI
# ZONA INTEGRITAS" (maximum 100 = 60 + 40).
tree:
  code: NILAI
  title: Nilai Evaluasi Zona Integritas
  weight: 100
  children:
    - code: A
      title: PENGUNGKIT
      weight: 60.00
      children:
        - code: A.I
          title: PEMENUHAN
          weight: 30.00
          children:
            - code: A.I.1
              title: MANAJEMEN PERUBAHAN
              weight: 4.00
              children:
                - code: A.I.1.i
                  title: Penyusunan Tim Kerja
                  weight: 0.50
                  questions:
                    - code: A.I.1.i.a
                      text: Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika Tim telah dibentuk di dalam unit kerja.
                      guidance: Periksa SK pembentukan Tim Kerja ZI yang ditetapkan pimpinan unit kerja, beserta susunan dan uraian tugasnya.
                      evidence:
                        - SK Tim Kerja Pembangunan Zona Integritas
                        - Uraian tugas Tim Kerja per area perubahan
                    - code: A.I.1.i.b
                      text: Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja
                        B: Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja
                        C: Jika tidak di seleksi.
                      guidance: Periksa apakah anggota tim dipilih dengan mekanisme tertulis (kriteria, seleksi) dan mewakili seluruh unsur/bidang unit kerja.
                      evidence:
                        - Dokumen mekanisme atau kriteria pemilihan anggota Tim Kerja
                        - Notulen rapat pemilihan anggota Tim Kerja
                        - Daftar anggota Tim Kerja per unsur/bidang
                - code: A.I.1.ii
                  title: Rencana Pembangunan Zona Integritas
                  weight: 1.00
                  questions:
                    - code: A.I.1.ii.a
                      text: Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika memiliki rencana kerja pembangunan Zona Integritas.
                      guidance: "Periksa dokumen rencana kerja pembangunan ZI: kegiatan, target, penanggung jawab dan jadwal."
                      evidence:
                        - Dokumen rencana kerja pembangunan ZI
                        - Rencana aksi dan timeline per area perubahan
                    # sic: criterion A "tujuanpembangunan" (no space).
                    - code: A.I.1.ii.b
                      text: Dalam dokumen pembangunan terdapat target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika semua target-target prioritas relevan dengan tujuanpembangunan WBK/WBBM
                        B: Jika sebagian target-target prioritas relevan dengan tujuan pembangunan WBK/WBBM
                        C: Jika tidak ada target-target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM
                      guidance: Bandingkan target prioritas dalam rencana kerja dengan tujuan pembangunan WBK/WBBM.
                      evidence:
                        - Rencana kerja pembangunan ZI yang memuat target prioritas
                        - Matriks keterkaitan target prioritas dengan tujuan WBK/WBBM
                    - code: A.I.1.ii.c
                      text: Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika telah dilakukan pengelolaan media/aktivitas interaktif yang efektif untuk menginformasikan pembangunan ZI kepada internal dan stakeholder secara berkala
                        B: Jika pengelolaan media/aktivitas interaktif dilakukan secara terbatas dan tidak secara berkala
                        C: Jika pengelolaan media/aktivitas interaktif belum dilakukan
                      guidance: Periksa media atau aktivitas sosialisasi ZI kepada pegawai dan stakeholder serta frekuensinya.
                      evidence:
                        - Dokumentasi sosialisasi pembangunan ZI (foto, daftar hadir)
                        - Tangkapan layar publikasi ZI di website atau media sosial
                        - Jadwal kegiatan sosialisasi
                # Title cut off in print after "Pembangunan" (Lampiran III); full title as Lampiran I gives it (docs/sources.md, D10).
                - code: A.I.1.iii
                  title: Pemantauan dan Evaluasi Pembangunan WBK/WBBM
                  weight: 1.00
                  note: 'Judul tercetak terpotong pada Lampiran III: "Pemantauan dan Evaluasi Pembangunan". Judul di sini dilengkapi; Lampiran I menyebut indikator ini "Pemantauan dan Evaluasi Pembangunan Zona Integritas menuju WBK/WBBM".'
                  questions:
                    - code: A.I.1.iii.a
                      text: Seluruh kegiatan pembangunan sudah dilaksanakan sesuai dengan rencana
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua kegiatan pembangunan telah dilaksanakan sesuai dengan rencana
                        B: Jika sebagian besar kegiatan pembangunan telah dilaksanakan sesuai dengan rencana
                        C: Jika sebagian kecil kegiatan pembangunan telah dilaksanakan sesuai dengan rencana
                        D: Jika belum ada kegiatan pembangunan yang dilakukan sesuai dengan rencana
                      guidance: Bandingkan realisasi kegiatan dengan rencana kerja pembangunan ZI.
                      evidence:
                        - Laporan realisasi rencana kerja pembangunan ZI
                        - Matriks rencana dan realisasi kegiatan
                    - code: A.I.1.iii.b
                      text: Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika monitoring dan evaluasi melibatkan pimpinan dan dilakukan secara berkala
                        B: Jika monitoring dan evaluasi melibatkan pimpinan tetapi tidak secara berkala
                        C: Jika monitoring dan evaluasi tidak melibatkan pimpinan dan tidak secara berkala
                        D: Jika tidak terdapat monitoring dan evaluasi terhadap pembangunan zona integritas
                      guidance: Periksa apakah monitoring dan evaluasi dilakukan berkala dan melibatkan pimpinan.
                      evidence:
                        - Laporan monitoring dan evaluasi pembangunan ZI (triwulanan)
                        - Notulen dan daftar hadir rapat monev yang dihadiri pimpinan
                    # sic: criterion B "danevaluasi" and "kegiatanUnit" (no space).
                    - code: A.I.1.iii.c
                      text: Hasil Monitoring dan Evaluasi telah ditindaklanjuti
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti
                        B: Jika sebagian besar catatan/rekomendasi hasil monitoring danevaluasi tim internal atas persiapan dan pelaksanaan kegiatanUnit WBK/WBBM telah ditindaklanjuti
                        C: Jika sebagian kecil catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM telah ditindaklanjuti
                        D: Jika catatan/rekomendasi hasil monitoring dan evaluasi tim internal atas persiapan dan pelaksanaan kegiatan Unit WBK/WBBM belum ditindaklanjuti
                      guidance: Periksa tindak lanjut atas setiap catatan atau rekomendasi hasil monev tim internal.
                      evidence:
                        - Matriks tindak lanjut rekomendasi hasil monev
                        - Bukti pelaksanaan tindak lanjut
                - code: A.I.1.iv
                  title: Perubahan pola pikir dan budaya kerja
                  weight: 1.50
                  questions:
                    - code: A.I.1.iv.a
                      text: Pimpinan berperan sebagai role model dalam pelaksanaan Pembangunan WBK/WBBM
                      type: choice
                      scale: ya-tidak
                      condition: ya, jika pimpinan menjadi contoh pelaksanaan nilai-nilai organisasi.
                      guidance: Periksa contoh nyata keteladanan pimpinan dalam menerapkan nilai-nilai organisasi.
                      evidence:
                        - Dokumentasi kegiatan keteladanan pimpinan (apel, coaching, arahan)
                        - Komitmen atau pakta integritas pimpinan
                    - code: A.I.1.iv.b
                      text: Sudah ditetapkan agen perubahan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika agen perubahan telah ditetapkan dan berkontribusi terhadap perubahan pada unit kerjanya
                        B: Jika agen perubahan telah ditetapkan namun belum berkontribusi terhadap perubahan pada unit kerjanya
                        C: Jika belum terdapat agen perubahan
                      guidance: Periksa SK agen perubahan dan bukti kontribusinya terhadap perubahan di unit kerja.
                      evidence:
                        - SK penetapan agen perubahan
                        - Laporan kegiatan dan kontribusi agen perubahan
                    # ⚠ docs/sources.md, D6: A/B/C as printed (three criteria). One public implementation
                    # seeds it as A/B/C/D; not followed.
                    - code: A.I.1.iv.c
                      text: Telah dibangun budaya kerja dan pola pikir di lingkungan organisasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir dan mampu mengurangi resistensi atas perubahan
                        B: Jika telah dilakukan upaya pembangunan budaya kerja dan pola pikir tapi masih terdapat resistensi atas perubahan
                        C: Jika belum terdapat upaya pembangunan budaya kerja dan pola pikir
                      guidance: Periksa upaya pembangunan budaya kerja dan pola pikir serta apakah resistensi atas perubahan berkurang.
                      evidence:
                        - Program budaya kerja (mis. nilai dasar BerAKHLAK)
                        - Dokumentasi kegiatan internalisasi budaya kerja
                        - Hasil survei atau evaluasi budaya kerja
                    - code: A.I.1.iv.d
                      text: Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM dan usulan-usulan dari anggota diakomodasikan dalam keputusan
                        B: Jika sebagian besar anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM
                        C: Jika sebagian kecil anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM
                        D: Jika belum ada anggota terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM
                      guidance: Periksa keterlibatan pegawai (rapat, forum, kotak saran) dan apakah usulan mereka diakomodasi dalam keputusan.
                      evidence:
                        - Daftar hadir dan notulen rapat atau forum pegawai
                        - Rekap usulan pegawai dan tindak lanjutnya
            - code: A.I.2
              title: PENATAAN TATALAKSANA
              weight: 3.50
              children:
                # Title cut off in print after "Kegiatan" (Lampiran III); full title as Lampiran I gives it (docs/sources.md, D10).
                - code: A.I.2.i
                  title: Prosedur Operasional Tetap (SOP) Kegiatan Utama
                  weight: 1.00
                  note: 'Judul tercetak terpotong pada Lampiran III: "Prosedur Operasional Tetap (SOP) Kegiatan". Judul di sini dilengkapi sesuai Lampiran I ("Prosedur Operasional tetap (SOP) Kegiatan Utama").'
                  questions:
                    - code: A.I.2.i.a
                      text: SOP mengacu pada peta proses bisnis instansi
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras
                        B: Jika semua SOP unit telah mengacu peta proses bisnis
                        C: Jika sebagian SOP unit telah mengacu peta proses bisnis
                        D: Jika belum terdapat SOP unit yang mengacu peta proses bisnis
                      guidance: Periksa apakah SOP unit disusun dengan mengacu pada peta proses bisnis instansi.
                      evidence:
                        - Peta proses bisnis instansi
                        - Daftar SOP unit dan pemetaannya ke peta proses bisnis
                    - code: A.I.2.i.b
                      text: Prosedur operasional tetap (SOP) telah diterapkan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi dan juga melakukan inovasi pada SOP yang diterapkan
                        B: Jika unit telah menerapkan seluruh SOP yang ditetapkan organisasi
                        C: Jika unit telah menerapkan sebagian besar SOP yang ditetapkan organisasi
                        D: Jika unit telah menerapkan sebagian kecil SOP yang ditetapkan organisasi
                        E: Jika unit belum menerapkan SOP yang telah ditetapkan organisasi
                      guidance: Bandingkan SOP yang ditetapkan organisasi dengan SOP yang sudah diterapkan di unit.
                      evidence:
                        - Daftar SOP yang ditetapkan organisasi
                        - Bukti penerapan SOP (formulir, log, tangkapan layar aplikasi)
                        - Dokumen inovasi SOP
                    - code: A.I.2.i.c
                      text: Prosedur operasional tetap (SOP) telah dievaluasi
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika seluruh SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP
                        B: Jika sebagian besar SOP utama telah dievaluasi dan telah ditindaklanjuti berupa perbaikan SOP atau usulan perbaikan SOP
                        C: Jika sebagian besar SOP utama telah dievaluasi tetapi belum ditindaklanjuti
                        D: Jika sebagian kecil SOP utama telah dievaluasi
                        E: Jika SOP belum pernah dievaluasi
                      guidance: Periksa laporan evaluasi SOP utama dan tindak lanjutnya berupa perbaikan atau usulan perbaikan.
                      evidence:
                        - Laporan evaluasi SOP
                        - SOP hasil perbaikan atau usulan perbaikan SOP
                - code: A.I.2.ii
                  title: Sistem Pemerintahan Berbasis Elektronik (SPBE)
                  weight: 2.00
                  questions:
                    # sic: "e-performance /e-sakip" (space before "/", an italics artefact kept by the transcription).
                    - code: A.I.2.ii.a
                      text: Sistem pengukuran kinerja unit sudah menggunakan teknologi informasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit memiliki sistem pengukuran kinerja (e-performance /e-sakip) yang menggunakan teknologi informasi dan juga melakukan inovasi
                        B: Jika unit memiliki sistem pengukuran kinerja (e-performance /e-sakip) yang menggunakan teknologi informasi
                        C: Jika belum memiliki sistem pengukuran kinerja (e-performance /e-sakip) yang menggunakan teknologi informasi
                      guidance: Periksa sistem pengukuran kinerja berbasis TI (e-performance/e-SAKIP) yang digunakan unit.
                      evidence:
                        - Tangkapan layar aplikasi e-performance/e-SAKIP
                        - Dokumen inovasi sistem pengukuran kinerja
                    - code: A.I.2.ii.b
                      text: Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi dan juga melakukan inovasi
                        B: Jika unit memiliki operasionalisasi manajemen SDM yang menggunakan teknologi informasi secara terpusat
                        C: Jika belum menggunakan teknologi informasi dalam operasionalisasi manajemen SDM
                      guidance: Periksa aplikasi manajemen SDM yang digunakan, terpusat atau dikembangkan unit.
                      evidence:
                        - Tangkapan layar aplikasi kepegawaian (mis. SIMPEG, presensi elektronik)
                    - code: A.I.2.ii.c
                      text: Pemberian pelayanan kepada publik sudah menggunakan teknologi informasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi terpusat/unit sendiri dan terdapat inovasi
                        B: Jika unit memberikan pelayanan kepada publik dengan menggunakan teknologi informasi secara terpusat
                        C: Jika belum memberikan pelayanan kepada publik dengan menggunakan teknologi informasi
                      guidance: Periksa layanan publik yang diberikan melalui aplikasi atau teknologi informasi.
                      evidence:
                        - Daftar layanan berbasis teknologi informasi
                        - Tangkapan layar aplikasi layanan publik
                    # sic: "monitoring dan dan evaluasi" (doubled word) in the question.
                    - code: A.I.2.ii.d
                      text: Telah dilakukan monitoring dan dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan secara berkala
                        B: Jika laporan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik sudah dilakukan tetapi tidak secara berkala
                        C: Jika tidak terdapat monitoring dan evaluasi terhadap pemanfaatan teknologi informasi dalam pengukuran kinerja unit, operasionalisasi SDM, dan pemberian layanan kepada publik
                      guidance: Periksa laporan monev pemanfaatan TI untuk pengukuran kinerja, operasionalisasi SDM dan layanan publik, serta keberkalaannya.
                      evidence:
                        - Laporan monitoring dan evaluasi pemanfaatan teknologi informasi
                - code: A.I.2.iii
                  title: Keterbukaan Informasi Publik
                  weight: 0.50
                  questions:
                    - code: A.I.2.iii.a
                      text: Kebijakan tentang keterbukaan informasi publik telah diterapkan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika sudah terdapat Pejabat Pengelola Informasi Publik (PPID) yang menyebarkan seluruh informasi yang dapat diakses secara mutakhir dan lengkap
                        B: Jika sudah terdapat PPID yang menyebarkan sebagian informasi yang dapat diakses secara mutakhir dan lengkap
                        C: Jika belum ada PPID dan belum melakukan penyebaran informasi publik
                      guidance: Periksa penetapan PPID serta kelengkapan dan kemutakhiran informasi publik yang disebarkan.
                      evidence:
                        - SK PPID
                        - Daftar Informasi Publik
                        - Tangkapan layar laman informasi publik
                    - code: A.I.2.iii.b
                      text: Telah dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika dilakukan monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dan telah ditindaklanjuti
                        B: Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik telah dilakukan tetapi belum ditindaklanjuti
                        C: Jika monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik belum dilakukan
                      guidance: Periksa laporan monev keterbukaan informasi publik dan tindak lanjutnya.
                      evidence:
                        - Laporan monev pelaksanaan keterbukaan informasi publik
                        - Bukti tindak lanjut hasil monev
            - code: A.I.3
              title: PENATAAN SISTEM MANAJEMEN SDM APARATUR
              weight: 5.00
              children:
                - code: A.I.3.i
                  title: Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi
                  weight: 0.25
                  questions:
                    - code: A.I.3.i.a
                      text: Kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika kebutuhan pegawai yang disusun oleh unit kerja mengacu kepada peta jabatan dan hasil analisis beban kerja untuk masing-masing jabatan.
                      guidance: Periksa dokumen kebutuhan pegawai beserta peta jabatan dan analisis beban kerja (ABK).
                      evidence:
                        - Peta jabatan
                        - Dokumen analisis jabatan dan analisis beban kerja
                        - Dokumen rencana kebutuhan pegawai
                    - code: A.I.3.i.b
                      text: Penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan
                        B: Jika sebagian besar penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan
                        C: Jika sebagian kecil penempatan pegawai hasil rekrutmen murni mengacu kepada kebutuhan pegawai yang telah disusun per jabatan
                        D: Jika penempatan pegawai hasil rekrutmen murni tidak mengacu kepada kebutuhan pegawai yang telah disusun per jabatan
                      guidance: Bandingkan penempatan pegawai hasil rekrutmen dengan kebutuhan pegawai per jabatan.
                      evidence:
                        - SK penempatan pegawai hasil rekrutmen
                        - Dokumen kebutuhan pegawai per jabatan
                    # sic: "monitoring dan dan evaluasi" (doubled word); the question says "pegawai rekrutmen",
                    # the condition "pegawai hasil rekrutmen".
                    - code: A.I.3.i.c
                      text: Telah dilakukan monitoring dan dan evaluasi terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika sudah dilakukan monitoring dan evaluasi terhadap penempatan pegawai hasil rekrutmen untuk memenuhi kebutuhan jabatan dalam organisasi telah memberikan perbaikan terhadap kinerja unit kerja.
                      guidance: Periksa laporan monev penempatan pegawai hasil rekrutmen dan kaitannya dengan kinerja unit.
                      evidence:
                        - Laporan monev penempatan pegawai hasil rekrutmen
                - code: A.I.3.ii
                  title: Pola Mutasi Internal
                  weight: 0.50
                  questions:
                    - code: A.I.3.ii.a
                      text: Dalam melakukan pengembangan karier pegawai, telah dilakukan mutasi pegawai antar jabatan
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika dilakukan mutasi pegawai antar jabatan sebagai wujud dari pengembangan karier pegawai.
                      guidance: Periksa mutasi antar jabatan dalam periode penilaian.
                      evidence:
                        - SK mutasi pegawai antar jabatan
                        - Rekap mutasi pegawai
                    # sic: criterion D "sebagian kecil semua mutasi".
                    - code: A.I.3.ii.b
                      text: Dalam melakukan mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi dan juga unit kerja memberikan pertimbangan terkait hal ini
                        B: Jika semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi
                        C: Jika sebagian besar mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi
                        D: Jika sebagian kecil semua mutasi pegawai antar jabatan telah memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi
                        E: Jika mutasi pegawai antar jabatan belum memperhatikan kompetensi jabatan dan mengikuti pola mutasi yang telah ditetapkan organisasi
                      guidance: Periksa kebijakan pola mutasi organisasi dan kesesuaian setiap mutasi dengan kompetensi jabatan.
                      evidence:
                        - Kebijakan pola mutasi organisasi
                        - Analisis kesesuaian kompetensi pegawai yang dimutasi
                        - Usulan atau pertimbangan mutasi dari unit kerja
                    - code: A.I.3.ii.c
                      text: Telah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika sudah dilakukan monitoring dan evaluasi terhadap kegiatan mutasi yang telah dilakukan dalam kaitannya dengan perbaikan kinerja.
                      guidance: Periksa laporan monev kegiatan mutasi dalam kaitannya dengan perbaikan kinerja.
                      evidence:
                        - Laporan monev mutasi pegawai
                - code: A.I.3.iii
                  title: Pengembangan Pegawai Berbasis Kompetensi
                  weight: 1.25
                  questions:
                    - code: A.I.3.iii.a
                      text: Unit Kerja melakukan Training Need Analysis Untuk pengembangan kompetensi
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika sudah dilakukan Training Need Analysis Untuk pengembangan kompetensi.
                      guidance: Periksa dokumen Training Need Analysis (TNA) unit kerja.
                      evidence:
                        - Dokumen Training Need Analysis (TNA)
                    - code: A.I.3.iii.b
                      text: Dalam menyusun rencana pengembangan kompetensi pegawai, telah mempertimbangkan hasil pengelolaan kinerja pegawai
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika semua rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai
                        B: Jika sebagian besar rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai
                        C: Jika sebagian kecil rencana pengembangan kompetensi pegawai mempertimbangkan hasil pengelolaan kinerja pegawai
                        D: Jika belum ada rencana pengembangan kompetensi pegawai yang mempertimbangkan hasil pengelolaan kinerja pegawai
                      guidance: Periksa apakah rencana pengembangan kompetensi memakai hasil penilaian kinerja pegawai.
                      evidence:
                        - Rencana pengembangan kompetensi pegawai
                        - Hasil penilaian kinerja pegawai
                    # sic: criterion C "Jika sebagian besar kompetensi pegawai ... >50% -75%" where A, B and D read
                    # "persentase kesenjangan ... sebesar"; criteria B and C use ">25%-50%" / ">50% -75%".
                    - code: A.I.3.iii.c
                      text: Tingkat kesenjangan kompetensi pegawai yang ada dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar <25%
                        B: Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >25%-50%
                        C: Jika sebagian besar kompetensi pegawai dengan standar kompetensi yang ditetapkan untuk masing-masing jabatan >50% -75%
                        D: Jika persentase kesenjangan kompetensi pegawai dengan standar kompetensi yang ditetapkan sebesar >75%-100%
                      guidance: Hitung persentase kesenjangan kompetensi pegawai terhadap standar kompetensi jabatan.
                      evidence:
                        - Hasil pemetaan atau asesmen kompetensi pegawai
                        - Standar kompetensi jabatan
                        - Analisis kesenjangan kompetensi
                    - code: A.I.3.iii.d
                      text: Pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika seluruh pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya
                        B: Jika sebagian besar pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya
                        C: Jika sebagian kecil pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya
                        D: Jika belum ada pegawai di Unit Kerja telah memperoleh kesempatan/hak untuk mengikuti diklat maupun pengembangan kompetensi lainnya
                      guidance: Hitung proporsi pegawai yang telah memperoleh kesempatan diklat atau pengembangan kompetensi.
                      evidence:
                        - Rekap keikutsertaan pegawai dalam pengembangan kompetensi
                        - Sertifikat diklat
                    # sic: "in-house training , coaching" (space before ",", an italics artefact).
                    - code: A.I.3.iii.e
                      text: Dalam pelaksanaan pengembangan kompetensi, unit kerja melakukan upaya pengembangan kompetensi kepada pegawai (seperti pengikutsertaan pada lembaga pelatihan, in-house training , coaching, atau mentoring)
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika unit kerja melakukan upaya pengembangan kompetensi kepada seluruh pegawai
                        B: Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian besar pegawai
                        C: Jika unit kerja melakukan upaya pengembangan kompetensi kepada sebagian kecil pegawai
                        D: Jika unit kerja belum melakukan upaya pengembangan kompetensi kepada pegawai
                      guidance: Periksa bentuk dan cakupan upaya pengembangan kompetensi (pelatihan, in-house training, coaching, mentoring).
                      evidence:
                        - Dokumentasi in-house training, coaching atau mentoring
                        - Surat tugas keikutsertaan pelatihan
                    - code: A.I.3.iii.f
                      text: Telah dilakukan monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan secara berkala
                        B: Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja telah dilakukan namun tidak secara berkala
                        C: Jika monitoring dan evaluasi terhadap hasil pengembangan kompetensi dalam kaitannya dengan perbaikan kinerja belum dilakukan
                      guidance: Periksa laporan monev hasil pengembangan kompetensi dan keberkalaannya.
                      evidence:
                        - Laporan monev hasil pengembangan kompetensi
                - code: A.I.3.iv
                  title: Penetapan Kinerja Individu
                  weight: 2.00
                  questions:
                    - code: A.I.3.iv.a
                      text: Terdapat penetapan kinerja individu yang terkait dengan perjanjian kinerja organisasi
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika seluruh penetapan kinerja individu terkait dengan kinerja organisasi serta perjanjian kinerja selaras dengan sasaran kinerja pegawai (SKP)
                        B: Jika sebagian besar penetapan kinerja individu terkait dengan kinerja organisasi
                        C: Jika sebagian kecil penetapan kinerja individu terkait dengan kinerja organisasi
                        D: Jika belum ada penetapan kinerja individu terkait dengan kinerja organisasi
                      guidance: Periksa keselarasan SKP pegawai dengan perjanjian kinerja organisasi.
                      evidence:
                        - Perjanjian kinerja unit kerja
                        - SKP pegawai
                        - Matriks cascading kinerja organisasi ke individu
                    - code: A.I.3.iv.b
                      text: Ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika seluruh ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya serta menggambarkan logic model
                        B: Jika sebagian besar ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya
                        C: Jika sebagian kecil ukuran kinerja individu telah memiliki kesesuaian dengan indikator kinerja individu level diatasnya
                        D: Jika ukuran kinerja individu belum memiliki kesesuaian dengan indikator kinerja individu level diatasnya
                      guidance: Periksa kesesuaian indikator kinerja individu dengan indikator level di atasnya.
                      evidence:
                        - Dokumen cascading indikator kinerja individu
                        - SKP pegawai dan atasan langsung
                    - code: A.I.3.iv.c
                      text: Pengukuran kinerja individu dilakukan secara periodik
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika pengukuran kinerja individu dilakukan secara bulanan
                        B: Jika pengukuran kinerja individu dilakukan secara triwulanan
                        C: Jika pengukuran kinerja individu dilakukan secara semesteran
                        D: Jika pengukuran kinerja individu dilakukan secara tahunan
                        E: Jika pengukuran kinerja individu belum dilakukan
                      guidance: "Periksa frekuensi pengukuran kinerja individu: bulanan, triwulanan, semesteran atau tahunan."
                      evidence:
                        - Rekap penilaian kinerja individu per periode
                        - Tangkapan layar aplikasi e-kinerja
                    # sic: "hasil hasil" (doubled word) in the condition.
                    - code: A.I.3.iv.d
                      text: Hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward
                      type: choice
                      scale: ya-tidak
                      condition: "Ya, jika hasil hasil penilaian kinerja individu telah dijadikan dasar untuk pemberian reward (Seperti: pengembangan karir individu, atau penghargaan)"
                      guidance: Periksa apakah penghargaan atau pengembangan karier diberikan berdasarkan hasil penilaian kinerja.
                      evidence:
                        - Kebijakan reward berbasis kinerja
                        - SK atau daftar pemberian penghargaan berdasarkan penilaian kinerja
                - code: A.I.3.v
                  title: Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai
                  weight: 0.75
                  questions:
                    - code: A.I.3.v.a
                      text: Aturan disiplin/kode etik/kode perilaku telah dilaksanakan/diimplementasikan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi dan juga membuat inovasi terkait aturan disiplin/kode etik/kode perilaku yang sesuai dengan karakteristik unit kerja
                        B: Jika unit kerja telah mengimplementasikan seluruh aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi
                        C: Jika unit kerja telah mengimplementasikan sebagian aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi
                        D: Jika unit kerja belum mengimplementasikan aturan disiplin/kode etik/kode perilaku yang ditetapkan organisasi
                      guidance: Periksa penerapan aturan disiplin, kode etik dan kode perilaku serta inovasi unit terkait hal tersebut.
                      evidence:
                        - Aturan kode etik dan kode perilaku pegawai
                        - Rekap penegakan disiplin pegawai
                        - Dokumen inovasi terkait disiplin atau kode etik
                - code: A.I.3.vi
                  title: Sistem Informasi Kepegawaian
                  weight: 0.25
                  questions:
                    - code: A.I.3.vi.a
                      text: Data informasi kepegawaian unit kerja telah dimutakhirkan secara berkala
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan setiap ada perubahan data pegawai
                        B: Jika data informasi kepegawaian unit kerja dapat diakses oleh pegawai dan dimutakhirkan namun secara berkala
                        C: Jika data informasi kepegawaian unit kerja belum dimutakhirkan
                      guidance: Periksa kemutakhiran data kepegawaian dan apakah pegawai dapat mengaksesnya.
                      evidence:
                        - Tangkapan layar sistem informasi kepegawaian
                        - Catatan pemutakhiran data pegawai
            - code: A.I.4
              title: PENGUATAN AKUNTABILITAS
              weight: 5.00
              children:
                - code: A.I.4.i
                  title: Keterlibatan Pimpinan
                  weight: 2.50
                  questions:
                    - code: A.I.4.i.a
                      text: Unit kerja telah melibatkan pimpinan secara langsung pada saat penyusunan perencanaan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perencanaan
                        B: Jika pimpinan ikut terlibat dalam sebagian tahapan penyusunan perencanaan
                        C: Jika tidak ada keterlibatan pimpinan dalam penyusunan perencanaan (hanya menandatangani)
                      guidance: Periksa keterlibatan pimpinan pada setiap tahap penyusunan perencanaan.
                      evidence:
                        - Notulen dan daftar hadir rapat penyusunan perencanaan
                        - Dokumen rencana strategis atau rencana kerja
                    - code: A.I.4.i.b
                      text: Unit kerja telah melibatkan secara langsung pimpinan saat penyusunan penetapan kinerja
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika pimpinan selalu terlibat dalam seluruh tahapan penyusunan perjanjian kinerja
                        B: Jika pimpinan terlibat dalam sebagian tahapan penyusunan perjanjian kinerja
                        C: Jika tidak ada keterlibatan pimpinan dalam penyusunan perjanjian kinerja
                      guidance: Periksa keterlibatan pimpinan pada setiap tahap penyusunan perjanjian kinerja.
                      evidence:
                        - Notulen dan daftar hadir rapat penyusunan perjanjian kinerja
                        - Perjanjian kinerja yang ditandatangani
                    - code: A.I.4.i.c
                      text: Pimpinan memantau pencapaian kinerja secara berkala
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika pimpinan selalu terlibat dalam seluruh pemantauan pencapaian kinerja dan menindaklanjuti hasil pemantauan
                        B: Jika pimpinan unit kerja terlibat dalam seluruh pemantauan pencapaian kinerja tetapi tidak ada tindak lanjut hasil pemantauan
                        C: Jika pimpinan unit kerja terlibat dalam sebagian pemantauan pencapaian kinerja
                        D: Jika tidak ada keterlibatan pimpinan dalam pemantauan pencapaian kinerja
                      guidance: Periksa pemantauan capaian kinerja oleh pimpinan dan tindak lanjut hasilnya.
                      evidence:
                        - Notulen rapat pemantauan capaian kinerja yang dipimpin pimpinan
                        - Bukti tindak lanjut hasil pemantauan
                - code: A.I.4.ii
                  title: Pengelolaan Akuntabilitas Kinerja
                  weight: 2.50
                  questions:
                    - code: A.I.4.ii.a
                      text: Dokumen perencanaan kinerja sudah ada
                      type: choice
                      scale: ya-tidak
                      condition: ya, jika unit kerja memiliki dokumen perencanaan kinerja lengkap
                      guidance: Periksa kelengkapan dokumen perencanaan kinerja.
                      evidence:
                        - Rencana strategis
                        - Rencana kinerja tahunan
                        - Perjanjian kinerja
                    - code: A.I.4.ii.b
                      text: Perencanaan kinerja telah berorientasi hasil
                      type: choice
                      scale: ya-tidak
                      condition: ya, jika perencanaan kinerja telah berorientasi hasil
                      guidance: Periksa apakah sasaran dan indikator dalam perencanaan kinerja berorientasi hasil (outcome).
                      evidence:
                        - Dokumen perencanaan kinerja dengan indikator outcome
                    - code: A.I.4.ii.c
                      text: Terdapat penetapan Indikator Kinerja Utama (IKU)
                      type: choice
                      scale: ya-tidak
                      condition: ya, jika unit kerja memiliki IKU
                      guidance: Periksa penetapan Indikator Kinerja Utama (IKU) unit kerja.
                      evidence:
                        - Keputusan penetapan Indikator Kinerja Utama (IKU)
                    # sic: "telah telah" (doubled word) in the question.
                    - code: A.I.4.ii.d
                      text: Indikator kinerja telah telah memenuhi kriteria SMART
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika seluruh indikator kinerja telah SMART
                        B: Jika sebagian besar indikator kinerja telah SMART
                        C: Jika sebagian kecil indikator kinerja telah SMART
                        D: Jika belum ada indikator kinerja yang SMART
                      guidance: Uji setiap indikator kinerja terhadap kriteria SMART (specific, measurable, achievable, relevant, time-bound).
                      evidence:
                        - Daftar indikator kinerja beserta hasil reviu kriteria SMART
                    - code: A.I.4.ii.e
                      text: Laporan kinerja telah disusun tepat waktu
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika unit kerja telah menyusun laporan kinerja tepat waktu
                      guidance: Bandingkan tanggal penyampaian laporan kinerja dengan batas waktunya.
                      evidence:
                        - Laporan kinerja (LAKIN)
                        - Bukti penyampaian laporan kinerja tepat waktu
                    - code: A.I.4.ii.f
                      text: Laporan kinerja telah memberikan informasi tentang kinerja
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika seluruh pelaporan kinerja telah memberikan informasi tentang kinerja
                        B: Jika sebagian pelaporan kinerja belum memberikan informasi tentang kinerja
                        C: Jika seluruh pelaporan kinerja belum memberikan informasi tentang kinerja
                      guidance: Periksa apakah laporan kinerja memuat informasi dan analisis capaian kinerja.
                      evidence:
                        - Laporan kinerja yang memuat analisis capaian kinerja
                    # ⚠ docs/sources.md, D6: the printed condition is "ya, jika terdapat upaya peningkatan
                    # kapasitas SDM yang menangani akuntabilitas kinerja", which belongs to question h (copy error in
                    # Lampiran III). The condition below is the Lampiran I indicator.
                    - code: A.I.4.ii.g
                      text: Terdapat sistem informasi/mekanisme informasi kinerja
                      type: choice
                      scale: ya-tidak
                      condition: Ya, jika unit kerja telah membangun sistem informasi kinerja
                      guidance: "Kriteria tercetak di Lampiran III tidak sesuai dengan pertanyaan. Nilai berdasarkan indikator Lampiran I: unit kerja telah membangun sistem informasi kinerja."
                      evidence:
                        - Tangkapan layar sistem informasi kinerja
                        - Dokumen mekanisme pengumpulan data kinerja
                    # sic: "menangangi" (for "menangani") in the question.
                    - code: A.I.4.ii.h
                      text: Unit kerja telah berupaya meningkatkan kapasitas SDM yang menangangi akuntabilitas kinerja
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika seluruh SDM pengelola akuntabilitas kinerja kompeten
                        B: Jika sebagian SDM pengelola akuntabilitas kinerja kompeten
                        C: Jika seluruh SDM pengelola akuntabilitas kinerja belum ada yang kompeten
                      guidance: Periksa kompetensi SDM pengelola akuntabilitas kinerja dan upaya peningkatannya.
                      evidence:
                        - Daftar SDM pengelola akuntabilitas kinerja
                        - Sertifikat pelatihan akuntabilitas kinerja
            - code: A.I.5
              title: PENGUATAN PENGAWASAN
              weight: 7.50
              children:
                - code: A.I.5.i
                  title: Pengendalian Gratifikasi
                  weight: 1.50
                  questions:
                    - code: A.I.5.i.a
                      text: Telah dilakukan public campaign tentang pengendalian gratifikasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika public campaign telah dilakukan secara berkala
                        B: Jika public campaign dilakukan tidak secara berkala
                        C: Jika belum dilakukan public campaign
                      guidance: Periksa kegiatan public campaign pengendalian gratifikasi dan keberkalaannya.
                      evidence:
                        - Dokumentasi public campaign gratifikasi (banner, media sosial, sosialisasi)
                    # sic: criterion A "telahmenjadi" (no space); criteria A and B read "Jika Unit Pengendalian
                    # Gratifikasi, ..." with no verb after "Jika".
                    - code: A.I.5.i.b
                      text: Pengendalian gratifikasi telah diimplementasikan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika Unit Pengendalian Gratifikasi, pengendalian gratifikasi telahmenjadi bagian dari prosedur
                        B: Jika Unit Pengendalian Gratifikasi, upaya pengendalian gratifikasi telah mulai dilakukan
                        C: Jika telah membentuk Unit Pengendalian Gratifikasi tetapi belum terdapat prosedur pengendalian
                        D: Jika belum memiliki Unit Pengendalian Gratifikasi
                      guidance: Periksa keberadaan Unit Pengendalian Gratifikasi (UPG) dan prosedur pengendaliannya.
                      evidence:
                        - SK Unit Pengendalian Gratifikasi
                        - SOP pelaporan gratifikasi
                        - Rekap laporan gratifikasi
                - code: A.I.5.ii
                  title: Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)
                  weight: 1.50
                  questions:
                    - code: A.I.5.ii.a
                      text: Telah dibangun lingkungan pengendalian
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja
                        B: Jika unit kerja membangun seluruh lingkungan pengendalian sesuai dengan yang ditetapkan organisasi
                        C: Jika unit kerja membangun sebagian besar lingkungan pengendalian sesuai dengan yang ditetapkan organisasi
                        D: Jika unit kerja membangun sebagian kecil lingkungan pengendalian sesuai dengan yang ditetapkan organisasi
                        E: Jika unit kerja belum membangun lingkungan pengendalian
                      guidance: Bandingkan lingkungan pengendalian yang dibangun unit dengan yang ditetapkan organisasi.
                      evidence:
                        - Dokumen pembangunan lingkungan pengendalian (kode etik, pakta integritas, struktur)
                        - Laporan penerapan SPIP
                    # sic: criterion A ends with ";" and speaks of "lingkungan pengendalian" (wording of A.I.5.ii.a).
                    - code: A.I.5.ii.b
                      text: Telah dilakukan penilaian risiko atas pelaksanaan kebijakan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait lingkungan pengendalian yang sesuai dengan karakteristik unit kerja;
                        B: Jika unit kerja melakukan penilaian risiko atas seluruh pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi
                        C: Jika melakukan penilaian risiko atas sebagian besar pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi
                        D: Jika melakukan penilaian risiko atas sebagian kecil pelaksanaan kebijakan sesuai dengan yang ditetapkan organisasi
                        E: Jika unit kerja belum melakukan penilaian resiko
                      guidance: Periksa cakupan penilaian risiko atas pelaksanaan kebijakan.
                      evidence:
                        - Dokumen penilaian risiko atau register risiko
                    - code: A.I.5.ii.c
                      text: Telah dilakukan kegiatan pengendalian untuk meminimalisir risiko yang telah diidentifikasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait kegiatan pengendalian untuk meminimalisir resiko yang sesuai dengan karakteristik unit kerja
                        B: Jika unit kerja melakukan kegiatan pengendalian untuk meminimalisir resiko sesuai dengan yang ditetapkan organisasi
                        C: Jika unit kerja belum melakukan kegiatan pengendalian untuk meminimalisir resiko
                      guidance: Periksa kegiatan pengendalian atas risiko yang telah diidentifikasi.
                      evidence:
                        - Rencana tindak pengendalian (RTP)
                        - Laporan pelaksanaan kegiatan pengendalian
                    - code: A.I.5.ii.d
                      text: SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika SPI telah diinformasikan dan dikomunikasikan kepada seluruh pihak terkait
                        B: Jika SPI telah diinformasikan dan dikomunikasikan kepada sebagian pihak terkait
                        C: Jika SPI belum diinformasikan dan dikomunikasikan kepada pihak terkait
                      guidance: Periksa penyampaian informasi dan komunikasi SPI kepada pihak terkait.
                      evidence:
                        - Dokumentasi sosialisasi SPI kepada pihak terkait
                - code: A.I.5.iii
                  title: Pengaduan Masyarakat
                  weight: 1.50
                  questions:
                    - code: A.I.5.iii.a
                      text: Kebijakan Pengaduan masyarakat telah diimplementasikan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit kerja mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pengaduan masyarakat yang sesuai dengan karakteristik unit kerja
                        B: Jika unit kerja telah mengimplementasikan seluruh kebijakan pengaduan masyarakat sesuai dengan yang ditetapkan organisasi
                        C: Jika unit kerja belum mengimplementasikan kebijakan pengaduan masyarakat
                      guidance: Periksa implementasi kebijakan pengaduan masyarakat dan inovasi unit terkait hal tersebut.
                      evidence:
                        - Kebijakan atau SOP pengaduan masyarakat
                        - Dokumen inovasi pengaduan masyarakat
                    # sic: "dtindaklanjuti" and lower-case "pengaduan" in the question; "ya,pengaduan masyaakat"
                    # in the condition.
                    - code: A.I.5.iii.b
                      text: pengaduan masyarakat dtindaklanjuti
                      type: choice
                      scale: ya-tidak
                      condition: ya,pengaduan masyaakat ditindaklanjuti
                      guidance: Periksa apakah pengaduan masyarakat yang masuk telah ditindaklanjuti.
                      evidence:
                        - Rekap pengaduan masyarakat dan tindak lanjutnya
                    - code: A.I.5.iii.c
                      text: Telah dilakukan monitoring dan evaluasi atas penanganan pengaduan masyarakat
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi secara berkala
                        B: Jika penanganan pengaduan masyarakat dimonitoring dan evaluasi tetapi tidak secara berkala
                        C: Jika penanganan pengaduan masyarakat belum di monitoring dan evaluasi
                      guidance: Periksa monev penanganan pengaduan masyarakat dan keberkalaannya.
                      evidence:
                        - Laporan monev penanganan pengaduan masyarakat
                    - code: A.I.5.iii.d
                      text: Hasil evaluasi atas penanganan pengaduan masyarakat telah ditindaklanjuti
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika seluruh hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja
                        B: Jika sebagian hasil evaluasi atas penanganan pengaduan telah ditindaklanjuti oleh unit kerja
                        C: Jika hasil evaluasi atas penanganan pengaduan belum ditindaklanjuti
                      guidance: Periksa tindak lanjut hasil evaluasi penanganan pengaduan masyarakat.
                      evidence:
                        - Bukti tindak lanjut hasil evaluasi penanganan pengaduan
                - code: A.I.5.iv
                  title: Whistle-Blowing System
                  weight: 1.50
                  questions:
                    - code: A.I.5.iv.a
                      text: Whistle Blowing System telah diterapkan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika unit kerja menerapkan seluruh kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi dan juga membuat inovasi terkait pelaksanaan Whistle Blowing System yang sesuai dengan karakteristik unit kerja
                        B: Jika unit kerja menerapkan kebijakan Whistle Blowing System sesuai dengan yang ditetapkan organisasi
                        C: Jika unit kerja belum menerapkan kebijakan Whistle Blowing System
                      guidance: Periksa penerapan kebijakan Whistle Blowing System dan inovasi unit terkait hal tersebut.
                      evidence:
                        - Kebijakan atau SOP Whistle Blowing System
                        - Tangkapan layar kanal WBS
                    - code: A.I.5.iv.b
                      text: Telah dilakukan evaluasi atas penerapan Whistle Blowing System
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika penerapan Whistle Blowing System dimonitoring dan evaluasi secara berkala
                        B: Jika penerapan Whistle Blowing System dimonitoring dan evaluasi tidak secara berkala
                        C: Jika penerapan Whistle Blowing System belum di monitoring dan evaluasi
                      guidance: Periksa monev penerapan Whistle Blowing System dan keberkalaannya.
                      evidence:
                        - Laporan evaluasi penerapan WBS
                    - code: A.I.5.iv.c
                      text: Hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika seluruh hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja
                        B: Jika sebagian hasil evaluasi atas penerapan Whistle Blowing System telah ditindaklanjuti oleh unit kerja
                        C: Jika hasil evaluasi atas penerapan Whistle Blowing System belum ditindaklanjuti
                      guidance: Periksa tindak lanjut hasil evaluasi penerapan Whistle Blowing System.
                      evidence:
                        - Bukti tindak lanjut hasil evaluasi WBS
                - code: A.I.5.v
                  title: Penanganan Benturan Kepentingan
                  weight: 1.50
                  questions:
                    - code: A.I.5.v.a
                      text: Telah terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika terdapat identifikasi/pemetaan benturan kepentingan pada seluruh tugas fungsi utama
                        B: Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian besar tugas fungsi utama
                        C: Jika terdapat identifikasi/pemetaan benturan kepentingan tetapi pada sebagian kecil tugas fungsi utama
                        D: Jika belum terdapat identifikasi/pemetaan benturan kepentingan dalam tugas fungsi utama
                      guidance: Periksa identifikasi atau pemetaan benturan kepentingan pada tugas fungsi utama.
                      evidence:
                        - Dokumen identifikasi atau pemetaan benturan kepentingan
                    # sic: "disosialiasikan" (for "disosialisasikan") in the criteria.
                    - code: A.I.5.v.b
                      text: Penanganan Benturan Kepentingan telah disosialisasikan/internalisasi
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke seluruh layanan
                        B: Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian besar layanan
                        C: Jika penanganan Benturan Kepentingan disosialiasikan/diinternalisasikan ke sebagian kecil layanan
                        D: Jika penanganan Benturan Kepentingan belum disosialiasikan/diinternalisasikan ke seluruh layanan
                      guidance: Periksa sosialisasi atau internalisasi penanganan benturan kepentingan ke setiap layanan.
                      evidence:
                        - Dokumentasi sosialisasi penanganan benturan kepentingan
                    - code: A.I.5.v.c
                      text: Penanganan Benturan Kepentingan telah diimplementasikan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika penanganan Benturan Kepentingan diimplementasikan ke seluruh layanan
                        B: Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian besar layanan
                        C: Jika penanganan Benturan Kepentingan diimplementasikan ke sebagian kecil layanan
                        D: Jika penanganan Benturan Kepentingan belum diimplementasikan ke seluruh layanan
                      guidance: Periksa implementasi penanganan benturan kepentingan di setiap layanan.
                      evidence:
                        - Surat pernyataan bebas benturan kepentingan seluruh pegawai
                        - Rekap penanganan kasus benturan kepentingan
                    - code: A.I.5.v.d
                      text: Telah dilakukan evaluasi atas Penanganan Benturan Kepentingan
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika penanganan Benturan Kepentingan dievaluasi secara berkala oleh unit kerja
                        B: Jika penanganan Benturan Kepentingan dievaluasi tetapi tidak secara berkala oleh unit kerja
                        C: Jika penanganan Benturan Kepentingan belum dievaluasi oleh unit kerja
                      guidance: Periksa evaluasi penanganan benturan kepentingan dan keberkalaannya.
                      evidence:
                        - Laporan evaluasi penanganan benturan kepentingan
                    - code: A.I.5.v.e
                      text: Hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti
                      type: choice
                      scale: abc
                      criteria:
                        A: Jika seluruh hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja
                        B: Jika sebagian hasil evaluasi atas Penanganan Benturan Kepentingan telah ditindaklanjuti oleh unit kerja
                        C: Jika belum ada hasil evaluasi atas Penanganan Benturan Kepentingan yang ditindaklanjuti unit kerja
                      guidance: Periksa tindak lanjut hasil evaluasi penanganan benturan kepentingan.
                      evidence:
                        - Bukti tindak lanjut hasil evaluasi benturan kepentingan
            - code: A.I.6
              title: PENINGKATAN KUALITAS PELAYANAN PUBLIK
              weight: 5.00
              children:
                - code: A.I.6.i
                  title: Standar Pelayanan
                  weight: 1.00
                  questions:
                    - code: A.I.6.i.a
                      text: Terdapat kebijakan standar pelayanan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku
                        B: Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, dan sesuai asas serta komponen standar pelayanan publik yang berlaku
                        C: Terdapat penetapan Standar Pelayanan terhadap seluruh jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku
                        D: Terdapat penetapan Standar Pelayanan terhadap sebagian jenis pelayanan, namun tidak sesuai asas serta komponen standar pelayanan publik yang berlaku
                        E: Standar Pelayanan belum ditetapkan
                      guidance: Periksa penetapan standar pelayanan untuk setiap jenis layanan dan kesesuaiannya dengan asas dan komponen standar pelayanan.
                      evidence:
                        - Keputusan penetapan standar pelayanan
                        - Daftar jenis layanan
                    - code: A.I.6.i.b
                      text: Standar pelayanan telah dimaklumatkan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Standar pelayanan telah dimaklumatkan pada seluruh jenis pelayanan dan dipublikasikan di website dan media lainnya
                        B: Standar pelayanan telah dimaklumatkan pada sebagian besar jenis pelayanan dan dipublikasikan minimal di website
                        C: Standar pelayanan telah dimaklumatkan pada sebagian kecil jenis pelayanan dan belum dipublikasikan
                        D: Standar pelayanan belum dimaklumatkan pada seluruh jenis pelayanan dan belum dipublikasikan
                      guidance: Periksa maklumat pelayanan dan publikasinya di website dan media lain.
                      evidence:
                        - Maklumat pelayanan
                        - Tangkapan layar publikasi standar pelayanan di website
                    # sic: criterion A "antara lain :" (space before ":").
                    - code: A.I.6.i.c
                      text: Dilakukan reviu dan perbaikan atas standar pelayanan
                      type: choice
                      scale: abcd
                      criteria:
                        A: "Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan melibatkan stakeholders (antara lain : tokoh masyarakat, akademisi, dunia usaha, dan lembaga swadaya masyarakat), serta memanfaatkan masukan hasil SKM dan pengaduan masyarakat"
                        B: Dilakukan reviu dan perbaikan atas standar pelayanan dan dilakukan dengan memanfaatkan masukan hasil SKM dan pengaduan masyarakat, namun tanpa melibatkan stakeholders
                        C: Dilakukan reviu dan perbaikan atas standar pelayanan, namun dilakukan tanpa memanfaatkan masukan hasil SKM dan pengaduan masyarakat, serta tanpa melibatkan stakeholders
                        D: Belum dilakukan reviu dan perbaikan atas standar pelayanan
                      guidance: "Periksa reviu standar pelayanan: pelibatan stakeholder dan pemanfaatan hasil SKM serta pengaduan."
                      evidence:
                        - Notulen reviu standar pelayanan dengan stakeholder
                        - Hasil SKM dan rekap pengaduan yang dipakai dalam reviu
                    # sic: lower-case "telah" in the question; "ya,telah ... atas tandar pelayanan" in the condition.
                    - code: A.I.6.i.d
                      text: telah melakukan publikasi atas standar pelayanan dan maklumat pelayanan
                      type: choice
                      scale: ya-tidak
                      condition: ya,telah melakukan publikasi atas tandar pelayanan dan maklumat pelayanan
                      guidance: Periksa publikasi standar pelayanan dan maklumat pelayanan.
                      evidence:
                        - Foto atau tangkapan layar publikasi standar pelayanan dan maklumat pelayanan
                - code: A.I.6.ii
                  title: Budaya Pelayanan Prima
                  weight: 1.00
                  questions:
                    # sic: criterion A "serta telah dan terdapat monev".
                    - code: A.I.6.ii.a
                      text: Telah dilakukan berbagai upaya peningkatan kemampuan dan/atau kompetensi tentang penerapan budaya pelayanan prima
                      type: choice
                      scale: abcde
                      criteria:
                        A: Telah dilakukan pelatihan/sosialisasi pelayanan prima secara berkelanjutan dan terjadwal, sehingga seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan serta telah dan terdapat monev yang melihat kemampuan/kecakapan petugas/pelaksana layanan
                        B: Telah dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan
                        C: Telah dilakukan pelatihan/sosialisasi pelayanan prima, akan tetapi baru sebagian besar petugas/pelaksana layanan memiliki kompetensi sesuai kebutuhan jenis layanan
                        D: Telah dilakukan pelatihan/sosialisasi pelayanan prima namun secara terbatas, sehingga hanya sebagian kecil petugas/pelaksana layanan yang memiliki kompetensi sesuai kebutuhan jenis layanan
                        E: Belum dilakukan pelatihan/sosialisasi pelayanan prima, dan seluruh petugas/pelaksana layanan belum memiliki kompetensi sesuai kebutuhan jenis layanan
                      guidance: Periksa pelatihan atau sosialisasi pelayanan prima, cakupan petugas, dan monev kompetensinya.
                      evidence:
                        - Jadwal dan dokumentasi pelatihan pelayanan prima
                        - Laporan monev kompetensi petugas layanan
                    - code: A.I.6.ii.b
                      text: Informasi tentang pelayanan mudah diakses melalui berbagai media
                      type: choice
                      scale: abcd
                      criteria:
                        A: Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial) dan terhubung dengan sistem informasi pelayanan publik nasional
                        B: Seluruh Informasi tentang pelayanan dapat diakses secara online (website/media sosial), namun belum terhubung dengan sistem informasi pelayanan publik nasional
                        C: Seluruh Informasi tentang pelayanan belum online, hanya dapat diakses di tempat layanan (intranet dan non elektronik)
                        D: Informasi tentang pelayanan sulit diakses
                      guidance: Periksa ketersediaan informasi layanan secara online dan keterhubungannya dengan sistem informasi pelayanan publik nasional.
                      evidence:
                        - Tangkapan layar informasi layanan di website atau media sosial
                        - Bukti keterhubungan dengan sistem informasi pelayanan publik nasional
                    # sic: criterion C "minimal :" (space before ":").
                    - code: A.I.6.ii.c
                      text: Telah terdapat sistem pemberian penghargaan dan sanksi bagi petugas pemberi pelayanan
                      type: choice
                      scale: abcd
                      criteria:
                        A: "Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, dan telah diterapkan secara rutin/berkelanjutan"
                        B: "Telah terdapat kebijakan pemberian penghargaan dan sanksi yang minimal memenuhi unsur penilaian: disiplin, kinerja, dan hasil penilaian pengguna layanan, namun belum diterapkan secara rutin/berkelanjutan"
                        C: "Telah terdapat kebijakan pemberian penghargaan dan sanksi, namun belum memenuhi unsur penilaian minimal : disiplin, kinerja, dan hasil penilaian pengguna layanan"
                        D: Belum terdapat kebijakan pemberian penghargaan dan sanksi
                      guidance: Periksa kebijakan penghargaan dan sanksi bagi petugas layanan, unsur penilaiannya, dan penerapannya.
                      evidence:
                        - Kebijakan pemberian penghargaan dan sanksi petugas layanan
                        - Bukti penerapan penghargaan dan sanksi
                    - code: A.I.6.ii.d
                      text: Telah terdapat sistem pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar
                      type: choice
                      scale: abcd
                      criteria:
                        A: Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di seluruh jenis layanan
                        B: Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian besar jenis layanan
                        C: Telah terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar bagi penerima layanan di sebagian kecil jenis layanan
                        D: Belum terdapat sistem pemberian kompensasi bila layanan tidak sesuai standar
                      guidance: Periksa sistem kompensasi bagi penerima layanan bila layanan tidak sesuai standar.
                      evidence:
                        - Kebijakan atau SOP kompensasi layanan
                        - Bukti pemberian kompensasi
                    - code: A.I.6.ii.e
                      text: Terdapat sarana layanan terpadu/terintegrasi
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika seluruh pelayanan sudah dilakukan secara terpadu/terintegrasi
                        B: Jika sebagian besar pelayanan sudah dilakukan secara terpadu/terintegrasi
                        C: Jika sebagian kecil pelayanan sudah dilakukan secara terpadu/terintegrasi
                        D: Jika tidak ada pelayanan yang dilakukan secara terpadu/terintegrasi
                      guidance: Periksa sarana layanan terpadu atau terintegrasi dan cakupan layanannya.
                      evidence:
                        - Dokumentasi sarana layanan terpadu (mis. ruang layanan satu pintu)
                    - code: A.I.6.ii.f
                      text: Terdapat inovasi pelayanan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat serta telah direplikasi
                        B: Jika unit kerja telah memiliki inovasi pelayanan yang berbeda dengan unit kerja lain dan mendekatkan pelayanan dengan masyarakat
                        C: Jika unit kerja memiliki inovasi yang merupakan replikasi dan pengembangan dari inovasi yang sudah ada
                        D: Jika unit kerja telah memiliki inovasi akan tetapi merupakan pelaksanaan inovasi dari instansi pemerintah
                        E: Jika unit kerja belum memiliki inovasi pelayanan
                      guidance: "Periksa inovasi pelayanan: asal inovasi, kebaruan, dan replikasinya."
                      evidence:
                        - Dokumen inovasi pelayanan
                        - Bukti replikasi inovasi oleh unit lain
                - code: A.I.6.iii
                  title: Pengelolaan Pengaduan
                  weight: 1.00
                  questions:
                    - code: A.I.6.iii.a
                      text: Terdapat media pengaduan dan konsultasi pelayanan yang terintegrasi dengan SP4N-Lapor!
                      type: choice
                      scale: abcde
                      criteria:
                        A: Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani, dan terintegrasi dengan SP4N-LAPOR!
                        B: Terdapat media konsultasi dan pengaduan secara offline dan online, tersedia petugas khusus yang menangani namun belum terintegrasi dengan SP4N-LAPOR!
                        C: Terdapat media konsultasi dan pengaduan secara offline dan online, namun belum tersedia petugas khusus yang menangani
                        D: Hanya terdapat media konsultasi dan pengaduan secara offline
                        E: Tidak terdapat media konsultasi dan pengaduan
                      guidance: Periksa media pengaduan dan konsultasi offline dan online, petugas khusus, dan integrasinya dengan SP4N-LAPOR!.
                      evidence:
                        - Tangkapan layar kanal pengaduan online dan SP4N-LAPOR!
                        - Dokumentasi media pengaduan offline
                        - Surat tugas petugas pengelola pengaduan
                    - code: A.I.6.iii.b
                      text: Terdapat unit yang mengelola pengaduan dan konsultasi pelayanan
                      type: choice
                      scale: abc
                      criteria:
                        A: Terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta surat penugasan pengelola SP4N-LAPOR! di level unit kerja
                        B: Terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja, namun unit pengelola khusus untuk konsultasi dan pengaduan belum ada
                        C: Belum terdapat unit pengelola khusus untuk konsultasi dan pengaduan, serta belum terdapat SK pengelola SP4N-LAPOR! di level instansi dan/atau surat penugasan pengelola SP4N-LAPOR! di level unit kerja
                      guidance: Periksa unit pengelola pengaduan dan konsultasi serta SK atau surat penugasan pengelola SP4N-LAPOR!.
                      evidence:
                        - SK atau surat penugasan pengelola SP4N-LAPOR!
                        - SK unit pengelola pengaduan dan konsultasi
                    - code: A.I.6.iii.c
                      text: Telah dilakukan evaluasi atas penanganan keluhan/masukan dan konsultasi
                      type: choice
                      scale: abc
                      criteria:
                        A: Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan secara berkala
                        B: Evaluasi atas penanganan keluhan/masukan dan konsultasi dilakukan tidak berkala
                        C: Belum dilakukan evaluasi penanganan keluhan/masukan dan konsultasi
                      guidance: Periksa evaluasi penanganan keluhan, masukan dan konsultasi serta keberkalaannya.
                      evidence:
                        - Laporan evaluasi penanganan keluhan, masukan dan konsultasi
                - code: A.I.6.iv
                  title: Penilaian Kepuasan terhadap Pelayanan
                  weight: 1.00
                  questions:
                    - code: A.I.6.iv.a
                      text: Telah dilakukan survey kepuasan masyarakat terhadap pelayanan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 4 kali dalam setahun
                        B: Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 3 kali dalam setahun
                        C: Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 2 kali dalam setahun
                        D: Survei kepuasan masyarakat terhadap pelayanan dilakukan minimal 1 kali dalam setahun
                        E: Belum dilakukan survei kepuasan masyarakat terhadap pelayanan
                      guidance: Hitung berapa kali survei kepuasan masyarakat (SKM) dilakukan dalam setahun.
                      evidence:
                        - Laporan hasil survei kepuasan masyarakat (SKM) per periode
                    - code: A.I.6.iv.b
                      text: Hasil survei kepuasan masyarakat dapat diakses secara terbuka
                      type: choice
                      scale: abc
                      criteria:
                        A: Hasil survei kepuasan masyarakat dapat diakses secara online (website, media sosial, dll) dan offline
                        B: Hasil survei kepuasan masyarakat hanya dapat diakses secara offline di tempat layanan
                        C: Hasil survei kepuasan masyarakat tidak dipublikasi
                      guidance: Periksa publikasi hasil SKM secara online dan offline.
                      evidence:
                        - Tangkapan layar publikasi hasil SKM
                        - Foto papan publikasi hasil SKM di tempat layanan
                    - code: A.I.6.iv.c
                      text: Dilakukan tindak lanjut atas hasil survei kepuasan masyarakat
                      type: choice
                      scale: abcd
                      criteria:
                        A: Jika dilakukan tindak lanjut atas seluruh hasil survei kepuasan masyarakat
                        B: Jika dilakukan tindak lanjut atas sebagian besar hasil survei kepuasan masyarakat
                        C: Jika dilakukan tindak lanjut atas sebagian kecil hasil survei kepuasan masyarakat
                        D: Jika belum dilakukan tindak lanjut atas hasil survei kepuasan masyarakat
                      guidance: Periksa tindak lanjut atas hasil SKM.
                      evidence:
                        - Rencana dan laporan tindak lanjut hasil SKM
                # ⚠ docs/sources.md, D2: questions printed in the order a, c, b; kept in printed order
                # with the printed letters as codes.
                - code: A.I.6.v
                  title: Pemanfaatan Teknologi Informasi
                  weight: 1.00
                  questions:
                    - code: A.I.6.v.a
                      text: Telah menerapkan teknologi informasi dalam memberikan pelayanan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Terdapat pelayanan yang menggunakan teknologi informasi pada seluruh proses pemberian layanan
                        B: Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian besar proses pemberian layanan
                        C: Terdapat pelayanan yang menggunakan teknologi informasi pada sebagian kecil proses pemberian layanan
                        D: Terdapat pelayanan yang belum menggunakan teknologi informasi pada proses pemberian pelayanan
                      guidance: Periksa proses pemberian layanan yang sudah menggunakan teknologi informasi.
                      evidence:
                        - Daftar layanan dan tahapan proses yang menggunakan teknologi informasi
                        - Tangkapan layar aplikasi layanan
                    # sic: "Ya,jika tela membangun" (for "telah") in the condition.
                    - code: A.I.6.v.c
                      text: Telah membangun database pelayanan yang terintegrasi
                      type: choice
                      scale: ya-tidak
                      condition: Ya,jika tela membangun database pelayanan yang terintegrasi
                      guidance: Periksa keberadaan database pelayanan yang terintegrasi.
                      evidence:
                        - Dokumentasi database pelayanan terintegrasi
                    - code: A.I.6.v.b
                      text: Telah dilakukan perbaikan secara terus menerus
                      type: choice
                      scale: abc
                      criteria:
                        A: Perbaikan dilakukan secara terus-menerus
                        B: Perbaikan dilakukan tidak secara terus menerus
                        C: Belum dilakukan perbaikan
                      guidance: Periksa perbaikan berkelanjutan atas layanan berbasis teknologi informasi.
                      evidence:
                        - Catatan perbaikan atau pembaruan aplikasi layanan
        - code: A.II
          title: REFORM
          weight: 30.00
          children:
            - code: A.II.1
              title: MANAJEMEN PERUBAHAN
              weight: 4.00
              children:
                - code: A.II.1.i
                  title: Komitmen dalam perubahan
                  weight: 2.00
                  questions:
                    # ⚠ docs/sources.md, D4: Jumlah Perubahan yang dibuat / Jumlah Agen Perubahan, capped at 1;
                    # no agents (zero denominator) leaves the question without a value and raises a warning.
                    - code: A.II.1.i.a
                      text: Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)
                      type: computed
                      inputs:
                        - code: A.II.1.i.a.1
                          label: Jumlah Agen Perubahan
                        - code: A.II.1.i.a.2
                          label: Jumlah Perubahan yang dibuat
                      formula: A.II.1.i.a.2 / A.II.1.i.a.1
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      explanation: Misalkan dengan kebijakan 1 Agen 1 Perubahan Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan
                      guidance: Isikan jumlah agen perubahan dan jumlah perubahan konkret yang mereka buat dalam 1 tahun. Nilai = perubahan dibagi agen, paling tinggi 100%.
                      evidence:
                        - SK agen perubahan
                        - Laporan perubahan yang dibuat agen perubahan
                    # The Penjelasan cell is empty in the PDF, so no explanation. ⚠ docs/sources.md, D4: formula implied by
                    # the inputs (diintegrasikan / dibuat); zero denominator leaves the question without a value.
                    - code: A.II.1.i.b
                      text: Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen
                      type: computed
                      inputs:
                        - code: A.II.1.i.b.1
                          label: Jumlah Perubahan yang dibuat
                        - code: A.II.1.i.b.2
                          label: Jumlah Perubahan yang telah diintegrasikan dalam sistem manajemen
                      formula: A.II.1.i.b.2 / A.II.1.i.b.1
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      guidance: Isikan jumlah perubahan yang dibuat dan yang telah diintegrasikan dalam sistem manajemen (SOP, kebijakan, aplikasi).
                      evidence:
                        - SOP, kebijakan atau aplikasi yang memuat perubahan hasil agen perubahan
                - code: A.II.1.ii
                  title: Komitmen Pimpinan
                  weight: 1.00
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    # sic: criterion D "zona integritassudah" and E "zona integritasdi" (no space).
                    - code: A.II.1.ii.a
                      text: Pimpinan memiliki komitmen terhadap pelaksanaan reformasi birokrasi, dengan adanya target capaian reformasi yang jelas di dokumen perencanaan
                      type: choice
                      scale: abcde
                      criteria:
                        A: Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian besar (diatas 80%) sudah tercapai
                        B: Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian (diatas 50%) sudah tercapai
                        C: Target capaian zona integritas sudah ada di dokumen perencanaan unit kerja dan sebagian kecil (dibawah 50%) sudah tercapai
                        D: Target capaian zona integritassudah ada di dokumen perencanaan unit kerja, namun belum ada yang tercapai (masih dalam tahap pembangunan)
                        E: Tidak ada target capaian zona integritasdi dokumen perencanaan unit kerja
                      guidance: Periksa target capaian ZI dalam dokumen perencanaan unit kerja dan persentase yang sudah tercapai.
                      evidence:
                        - Dokumen perencanaan unit kerja yang memuat target capaian ZI
                        - Laporan capaian target ZI
                - code: A.II.1.iii
                  title: Membangun Budaya Kerja
                  weight: 1.00
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    - code: A.II.1.iii.a
                      text: Instansi membangun budaya kerja positif dan menerapkan nilai-nilai organisasi dalam pelaksanaan tugas sehari-hari
                      type: choice
                      scale: abcd
                      criteria:
                        A: Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, dan penerapannya dituangkan dalam standar operasional pelaksanaan kegiatan/tugas
                        B: Budaya kerja dan nilai-nilai organisasi telah dinternalisasi ke seluruh anggota organisasi, namun belum dituangkan dalam standar operasional pelaksanaan kegiatan/tugas
                        C: Budaya kerja dan nilai-nilai organisasi telah disusun, namun belum dinternalisasi ke seluruh anggota organisasi
                        D: Belum menyusun budaya kerja dan nilai-nilai organisasi
                      guidance: Periksa internalisasi budaya kerja dan nilai organisasi serta penuangannya dalam standar operasional.
                      evidence:
                        - Dokumen budaya kerja dan nilai-nilai organisasi
                        - SOP yang memuat penerapan nilai organisasi
                        - Dokumentasi internalisasi budaya kerja
            - code: A.II.2
              title: PENATAAN TATALAKSANA
              weight: 3.50
              children:
                # Title cut off in print after "Mempengaruhi" (Lampiran III); full title as Lampiran I gives it (docs/sources.md, D10).
                - code: A.II.2.i
                  title: Peta Proses Bisnis Mempengaruhi Penyederhanaan Jabatan
                  weight: 0.50
                  note: 'Judul tercetak terpotong pada Lampiran III: "Peta Proses Bisnis Mempengaruhi". Judul di sini dilengkapi sesuai Lampiran I.'
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    - code: A.II.2.i.a
                      text: Telah disusun peta proses bisnis dengan adanya penyederhanaan jabatan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan seluruh jabatan
                        B: Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian besar (lebih dari 50%) jabatan
                        C: Peta proses bisnis telah disusun dan mempengaruhi penyederhanaan sebagian kecil (kurang dari 50%) jabatan
                        D: Peta proses bisnis telah disusun dan belum mempengaruhi penyederhanaan jabatan
                      guidance: Periksa peta proses bisnis dan pengaruhnya pada penyederhanaan jabatan.
                      evidence:
                        - Peta proses bisnis
                        - Dokumen penyederhanaan jabatan
                # Title kept as printed in Lampiran III; Lampiran I adds "yang Terintegrasi"
                # (Lampiran III wins, docs/sources.md, D10; a cut-off second line cannot be ruled out).
                - code: A.II.2.ii
                  title: Sistem Pemerintahan Berbasis Elektronik (SPBE)
                  weight: 1.00
                  note: Lampiran I menyebut indikator ini "Sistem Pemerintahan Berbasis Elektronik (SPBE) yang Terintegrasi".
                  questions:
                    - code: A.II.2.ii.a
                      text: Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien
                      type: choice
                      scale: abc
                      criteria:
                        A: Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien
                        B: Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien, namun belum terintegrasi (parsial)
                        C: Implementasi SPBE belum mendorong pelaksanaan pelayanan publik yang lebih cepat dan efisien
                      guidance: Periksa integrasi aplikasi layanan publik dan dampaknya pada kecepatan dan efisiensi layanan.
                      evidence:
                        - Dokumen integrasi aplikasi layanan publik
                        - Tangkapan layar aplikasi layanan publik terintegrasi
                    - code: A.II.2.ii.b
                      text: Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal organisasi yang lebih cepat dan efisien
                      type: choice
                      scale: abc
                      criteria:
                        A: Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien
                        B: Implementasi SPBE telah mampu mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien, namun belum terintegrasi (parsial)
                        C: Implementasi SPBE belum mendorong pelaksanaan pelayanan internal unit kerja yang lebih cepat dan efisien
                      guidance: Periksa integrasi aplikasi layanan internal (persuratan, kepegawaian, keuangan) dan dampaknya.
                      evidence:
                        - Tangkapan layar aplikasi layanan internal terintegrasi
                - code: A.II.2.iii
                  title: Transformasi Digital Memberikan Nilai Manfaat
                  weight: 2.00
                  questions:
                    - code: A.II.2.iii.a
                      text: Transformasi digital pada bidang proses bisnis utama telah mampu memberikan nilai manfaat bagi unit kerja secara optimal
                      type: choice
                      scale: abcde
                      criteria:
                        A: Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang proses bisnis utama bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan
                        B: Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        C: Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        D: Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama
                        E: Sasaran dan target manfaat/dampak dari transformasi digital pada bidang proses bisnis utama telah direncanakan, didefinisikan, dan ditetapkan
                      guidance: "Kriteria berjenjang: A mensyaratkan kriteria B terpenuhi, B mensyaratkan C, C mensyaratkan D, dan D mensyaratkan E."
                      evidence:
                        - Dokumen sasaran dan target manfaat transformasi digital
                        - Laporan evaluasi manfaat transformasi digital
                    - code: A.II.2.iii.b
                      text: Transformasi digital pada bidang administrasi pemerintahan telah mampu memberikan nilai manfaat bagi unit kerja secara optimal
                      type: choice
                      scale: abcde
                      criteria:
                        A: Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan
                        B: Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        C: Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        D: Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan
                        E: Sasaran dan target manfaat/dampak dari transformasi digital pada bidang administrasi pemerintahan telah direncanakan, didefinisikan, dan ditetapkan
                      guidance: "Kriteria berjenjang: A mensyaratkan kriteria B terpenuhi, B mensyaratkan C, C mensyaratkan D, dan D mensyaratkan E."
                      evidence:
                        - Dokumen sasaran dan target manfaat transformasi digital
                        - Laporan evaluasi manfaat transformasi digital
                    - code: A.II.2.iii.c
                      text: Transformasi digital pada bidang pelayanan publik telah mampu memberikan nilai manfaat bagi unit kerja secara optimal
                      type: choice
                      scale: abcde
                      criteria:
                        A: Kriteria huruf b telah terpenuhi dan penerapan atau penggunaan dari manfaat/dampak dari transformasi digital pada bidang pelayanan publik bagi unit kerja telah dilakukan validasi dan evaluasi serta ditindaklanjuti secara berkelanjutan
                        B: Kriteria huruf c telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah diterapkan/digunakan oleh unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        C: Kriteria huruf d telah terpenuhi dan manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah mampu direalisasikan pada unit kerja sesuai dengan sasaran dan target manfaat/dampak
                        D: Kriteria huruf e telah terpenuhi dan kapabilitas prakiraan dan pelacakan terhadap sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik
                        E: Sasaran dan target manfaat/dampak dari transformasi digital pada bidang pelayanan publik telah direncanakan, didefinisikan, dan ditetapkan
                      guidance: "Kriteria berjenjang: A mensyaratkan kriteria B terpenuhi, B mensyaratkan C, C mensyaratkan D, dan D mensyaratkan E."
                      evidence:
                        - Dokumen sasaran dan target manfaat transformasi digital
                        - Laporan evaluasi manfaat transformasi digital
            - code: A.II.3
              title: PENATAAN SISTEM MANAJEMEN SDM APARATUR
              weight: 5.00
              children:
                - code: A.II.3.i
                  title: Kinerja Individu
                  weight: 1.50
                  questions:
                    # sic: "(outcome )" (space before ")", an italics artefact).
                    - code: A.II.3.i.a
                      text: Ukuran kinerja individu telah berorientasi hasil (outcome ) sesuai pada levelnya
                      type: choice
                      scale: abc
                      criteria:
                        A: Seluruh ukuran kinerja individu telah berorientasi hasil (outcome ) sesuai pada levelnya
                        B: Sebagian ukuran kinerja individu telah berorientasi hasil (outcome ) sesuai pada levelnya
                        C: Tidak ada ukuran kinerja individu yang berorientasi hasil (outcome )
                      guidance: Periksa apakah ukuran kinerja individu berorientasi hasil (outcome) sesuai levelnya.
                      evidence:
                        - SKP pegawai dengan indikator outcome
                        - Matriks cascading kinerja
                - code: A.II.3.ii
                  title: Assessment Pegawai
                  weight: 1.50
                  questions:
                    # sic: "assement" in the question; the criteria spell "assessment".
                    - code: A.II.3.ii.a
                      text: Hasil assement telah dijadikan pertimbangan untuk mutasi dan pengembangan karir pegawai
                      type: choice
                      scale: abc
                      criteria:
                        A: Seluruh hasil assessment dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai
                        B: Hasil assessment belum seluruhnya dijadikan mutasi internal dan pengembangan kompetensi pegawai
                        C: Hasil assessment belum dijadikan dasar mutasi internal dan pengembangan kompetensi pegawai
                      guidance: Periksa pemanfaatan hasil assessment pegawai untuk mutasi dan pengembangan karier.
                      evidence:
                        - Laporan hasil assessment pegawai
                        - SK mutasi atau pengembangan karier yang merujuk hasil assessment
                - code: A.II.3.iii
                  title: Pelanggaran Disiplin Pegawai
                  weight: 2.00
                  questions:
                    # ⚠ docs/sources.md, D4: (tahun sebelumnya - tahun ini) / tahun sebelumnya, limited to [0, 1].
                    # Previous year 0: no violations this year gives 1, otherwise 0. Input .3 (sanksi) is informational.
                    # sic: "pernurunan" (for "penurunan") in the explanation.
                    - code: A.II.3.iii.a
                      text: Penurunan pelanggaran disiplin pegawai
                      type: computed
                      inputs:
                        - code: A.II.3.iii.a.1
                          label: Jumlah pelanggaran tahun sebelumnya
                        - code: A.II.3.iii.a.2
                          label: Jumlah pelanggaran tahun ini
                        - code: A.II.3.iii.a.3
                          label: Jumlah pelanggaran yang telah diberikan sanksi/hukuman
                      formula: (A.II.3.iii.a.1 - A.II.3.iii.a.2) / A.II.3.iii.a.1
                      clamp: [0, 1]
                      zero_denominator: {numerator_zero: 1, otherwise: 0}
                      explanation: Persentase pernurunan pelanggaran disiplin pegawai diperoleh dari Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya
                      guidance: Isikan jumlah pelanggaran disiplin tahun sebelumnya, tahun ini, dan yang telah diberi sanksi. Bila kedua tahun 0, nilai 100%; bila tahun sebelumnya 0 dan tahun ini ada pelanggaran, nilai 0%.
                      evidence:
                        - Rekap pelanggaran disiplin pegawai dua tahun terakhir
                        - SK penjatuhan hukuman disiplin
            - code: A.II.4
              title: PENGUATAN AKUNTABILITAS
              weight: 5.00
              children:
                - code: A.II.4.i
                  title: Meningkatnya capaian kinerja unit kerja
                  weight: 2.00
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    # ⚠ docs/sources.md, D4: tercapai / jumlah sasaran; zero denominator leaves the question without a value.
                    - code: A.II.4.i.a
                      text: Persentase Sasaran dengan capaian 100% atau lebih
                      type: computed
                      inputs:
                        - code: A.II.4.i.a.1
                          label: Jumlah Sasaran Kinerja
                        - code: A.II.4.i.a.2
                          label: Jumlah Sasaran Kinerja yang tercapai 100% atau lebih
                      formula: A.II.4.i.a.2 / A.II.4.i.a.1
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      explanation: Persentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja
                      guidance: Isikan jumlah sasaran kinerja dan jumlah yang tercapai 100% atau lebih.
                      evidence:
                        - Laporan kinerja (capaian per sasaran)
                        - Perjanjian kinerja
                - code: A.II.4.ii
                  title: Pemberian Reward and Punishment
                  weight: 1.50
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    - code: A.II.4.ii.a
                      text: Hasil Capaian/Monitoring Perjanjian Kinerja telah dijadikan dasar sebagai pemberian reward and punishment bagi organisasi
                      type: choice
                      scale: abcd
                      criteria:
                        A: Seluruh capaian kinerja (Perjanjian Kinerja) merupakan unsur dalam pemberian reward and punishment
                        B: Sebagian besar Capaian Kinerja (lebih dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment
                        C: Sebagian kecil Capaian Kinerja (kurang dari 50% Perjanjian kinerja) merupakan unsur dalam pemberian reward and punishment
                        D: Capaian Kinerja (Perjanjian kinerja) belum menjadi unsur dalam pemberian reward and punishment
                      guidance: Periksa penggunaan capaian perjanjian kinerja sebagai unsur reward and punishment.
                      evidence:
                        - Kebijakan reward and punishment berbasis capaian kinerja
                        - Bukti pemberian reward and punishment
                - code: A.II.4.iii
                  title: Kerangka Logis Kinerja
                  weight: 1.50
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    # sic: "((Kerangka Logis Kinerja)" (doubled parenthesis) in the question.
                    - code: A.II.4.iii.a
                      text: Apakah terdapat penjenjangan kinerja ((Kerangka Logis Kinerja) yang mengacu pada kinerja utama organisasi dan dijadikan dalam penentuan kinerja seluruh pegawai?
                      type: choice
                      scale: abcd
                      criteria:
                        A: terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi dan digunakan dalam penjabaran kinerja seluruh pegawai
                        B: terdapat Kerangka Logis kinerja yang mengacu pada kinerja utama organisasi namun belum digunakan dalam penjabaran kinerja seluruh pegawai
                        C: Kerangka Logis kinerja ada namun belum mengacu pada kinerja utama organisasi dan belum digunakan dalam penjabaran kinerja seluruh pegawai
                        D: Kerangka Logis kinerja belum ada
                      guidance: Periksa kerangka logis kinerja (pohon kinerja) dan penjabarannya sampai kinerja seluruh pegawai.
                      evidence:
                        - Dokumen kerangka logis kinerja (pohon kinerja)
                        - Cascading kinerja sampai SKP seluruh pegawai
            - code: A.II.5
              title: PENGUATAN PENGAWASAN
              weight: 7.50
              children:
                - code: A.II.5.i
                  title: Mekanisme Pengendalian
                  weight: 2.50
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    # sic: criterion A "mekanise kerja" (for "mekanisme").
                    - code: A.II.5.i.a
                      text: Telah dilakukan mekanisme pengendalian aktivitas secara berjenjang
                      type: choice
                      scale: abcde
                      criteria:
                        A: Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja dan telah menghasilkan peningkatan kinerja, mekanise kerja baru yang lebih efektif, efisien, dan terkendali
                        B: Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas serta pimpinan unit kerja namun belum berdampak pada peningkatan kinerja unit kerja
                        C: Terdapat pengendalian aktivitas utama organisasi yang tersistem mulai dari perencanaan, penilaian risiko, pelaksanaan, monitoring, dan pelaporan oleh penanggung jawab aktivitas
                        D: Terdapat pengendalian aktivitas utama organisasi tetapi tidak tersistem
                        E: Tidak terdapat pengendalian atas aktivitas utama organisasi
                      guidance: Periksa pengendalian aktivitas utama dari perencanaan sampai pelaporan dan dampaknya pada kinerja.
                      evidence:
                        - Dokumen mekanisme pengendalian aktivitas berjenjang
                        - Laporan monitoring pengendalian aktivitas
                # The Pilihan Jawaban column of this sub-indicator row also shows "%".
                - code: A.II.5.ii
                  title: Penanganan Pengaduan Masyarakat
                  weight: 3.00
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    # ⚠ docs/sources.md, D4: selesai / harus ditindaklanjuti (the majority rule; one
                    # implementation uses selesai / (diproses + selesai)). Nothing to follow up (harus = 0) gives 1.
                    # Input .2 "sedang diproses" is informational.
                    - code: A.II.5.ii.a
                      text: Persentase penanganan pengaduan masyarakat
                      type: computed
                      inputs:
                        - code: A.II.5.ii.a.1
                          label: Jumlah pengaduan masyarakat yang harus ditindaklanjuti
                        - code: A.II.5.ii.a.2
                          label: Jumlah pengaduan masyarakat yang sedang diproses
                        - code: A.II.5.ii.a.3
                          label: Jumlah pengaduan masyarakat yang selesai ditindaklanjuti
                      formula: A.II.5.ii.a.3 / A.II.5.ii.a.1
                      clamp: [0, 1]
                      zero_denominator: 1
                      explanation: Penilaian ini menghitung realisasi penanganan pengaduan masyarakat yang harus diselesaikan
                      guidance: Isikan jumlah pengaduan yang harus ditindaklanjuti, yang sedang diproses, dan yang selesai. Nilai = selesai dibagi harus ditindaklanjuti; bila tidak ada yang harus ditindaklanjuti, nilai 100%.
                      evidence:
                        - Rekap pengaduan masyarakat dan status penanganannya
                # ⚠ docs/sources.md, D2: the two printed items (i. LHKPN 1,00 and an unnumbered LHKASN item 1,00)
                # become the weighted questions A.II.5.iii.a and A.II.5.iii.b. 1.00 + 1.00 = 2.00, so
                # "weighted" gives the same score as the mean of the two values x 2.00.
                - code: A.II.5.iii
                  title: Penyampaian Laporan Harta Kekayaan
                  weight: 2.00
                  aggregate: weighted
                  questions:
                    # Printed item: "i. Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)", Bobot 1,00.
                    # The printed subtotal "Jumlah yang harus melaporkan" is a derived row, not an input (docs/sources.md, D2).
                    # ⚠ docs/sources.md, D4: zero denominator leaves the question without a value.
                    - code: A.II.5.iii.a
                      text: Persentase penyampaian LHKPN
                      type: computed
                      weight: 1.00
                      inputs:
                        - code: A.II.5.iii.a.1
                          label: Kepala satuan kerja
                        - code: A.II.5.iii.a.2
                          label: Pejabat yang diwajibkan menyampaikan LHKPN
                        - code: A.II.5.iii.a.3
                          label: Lainnya
                        - code: A.II.5.iii.a.4
                          label: Jumlah yang sudah melaporkan
                      derived:
                        - code: A.II.5.iii.a.wajib
                          label: Jumlah yang harus melaporkan
                          formula: A.II.5.iii.a.1 + A.II.5.iii.a.2 + A.II.5.iii.a.3
                      formula: A.II.5.iii.a.4 / A.II.5.iii.a.wajib
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      explanation: |-
                        Kewajiban Penyelenggara Negara untuk melaporkan harta kekayaan diatur dalam:
                        1. Undang-Undang No. 28 Tahun 1999
                        2. Undang-Undang No. 30 Tahun 2002
                        3. Undang-Undang No. 10 Tahun 2015
                        4. Peraturan Komisi Pemberantasan Korupsi No. 07 Tahun 2016
                        5. Instruksi Presiden No. 5 Tahun 2004
                        6. SE MenPANRB No. SE/03/M.PAN/01/2005
                      guidance: Isikan penyelenggara negara di unit kerja yang wajib melaporkan LHKPN dan jumlah yang sudah melaporkan.
                      evidence:
                        - Rekap kepatuhan LHKPN dari e-LHKPN
                        - Daftar wajib lapor LHKPN
                    # Printed item (unnumbered): "Penyampaian Laporan Harta Kekayaan Aparatur Sipil Negara (LHKASN)",
                    # Bobot 1,00. PermenPANRB 5/2024 calls it "LHKAN". Subtotal is a derived row (docs/sources.md, D2).
                    # ⚠ docs/sources.md, D4: zero denominator leaves the question without a value.
                    # sic: input .2 "Pejabat Penawas" (for "Pengawas").
                    - code: A.II.5.iii.b
                      text: Persentase penyampaian LHKASN
                      type: computed
                      weight: 1.00
                      inputs:
                        - code: A.II.5.iii.b.1
                          label: Pejabat administrator (eselon III)
                        - code: A.II.5.iii.b.2
                          label: Pejabat Penawas (eselon IV)
                        - code: A.II.5.iii.b.3
                          label: Jumlah Fungsional dan Pelaksana
                        - code: A.II.5.iii.b.4
                          label: Jumlah yang sudah melaporkan
                      derived:
                        - code: A.II.5.iii.b.wajib
                          label: Jumlah yang harus melaporkan (ASN tidak wajib LHKPN)
                          formula: A.II.5.iii.b.1 + A.II.5.iii.b.2 + A.II.5.iii.b.3
                      formula: A.II.5.iii.b.4 / A.II.5.iii.b.wajib
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      explanation: |-
                        Penyampaian LHKASN diatur dalam:
                        1. Undang-Undang No. 28 Tahun 1999
                        2. Undang-Undang No. 30 Tahun 2002
                        3. Undang-Undang No. 10 Tahun 2015
                        4. SE MenPANRB No. 1 Tahun 2015
                      guidance: Isikan ASN yang tidak wajib LHKPN dan wajib melaporkan LHKASN, serta jumlah yang sudah melaporkan.
                      evidence:
                        - Rekap kepatuhan LHKASN (SiHARKA)
                        - Daftar ASN wajib lapor LHKASN
            - code: A.II.6
              title: PENINGKATAN KUALITAS PELAYANAN PUBLIK
              weight: 5.00
              children:
                - code: A.II.6.i
                  title: Upaya dan/atau Inovasi Pelayanan Publik
                  weight: 2.50
                  questions:
                    # sic: criterion B "pelayanan public".
                    - code: A.II.6.i.a
                      text: |-
                        Upaya dan/atau inovasi telah mendorong perbaikan pelayanan publik pada:
                        1. Kesesuaian Persyaratan
                        2. Kemudahan Sistem, Mekanisme, dan Prosedur
                        3. Kecepatan Waktu Penyelesaian
                        4. Kejelasan Biaya/Tarif, Gratis
                        5. Kualitas Produk Spesifikasi Jenis Pelayanan
                        6. Kompetensi Pelaksana/Web
                        7. Perilaku Pelaksana/Web
                        8. Kualitas Sarana dan prasarana
                        9. Penanganan Pengaduan, Saran dan Masukan
                      type: choice
                      scale: abcd
                      criteria:
                        A: Upaya dan/atau inovasi yang dilakukan telah mendorong perbaikan seluruh pelayanan publik yang prima (lebih Cepat dan mudah)
                        B: Upaya dan/atau inovasi yang dilakukan belum seluruhnya memberikan dampak pada perbaikan pelayanan public yang prima (Cepat dan mudah)
                        C: Upaya dan/atau inovasi yang dilakukan belum sesuai kebutuhan
                        D: Belum ada inovasi
                      guidance: Periksa dampak upaya atau inovasi pada sembilan unsur pelayanan yang tercantum.
                      evidence:
                        - Dokumen inovasi pelayanan dan dampaknya
                        - Perbandingan hasil SKM sebelum dan sesudah inovasi
                    # ⚠ docs/sources.md, D4: dipermudah / terdata; zero denominator leaves the question without a value.
                    # sic: list item "4 Terintegrasi" printed without a full stop.
                    - code: A.II.6.i.b
                      text: |-
                        Upaya dan/atau inovasi pada perijinan/pelayanan telah dipermudah:
                        1. Waktu lebih cepat
                        2. Pelayanan Publik yang terpadu
                        3. Alur lebih pendek/singkat
                        4 Terintegrasi dengan aplikasi
                      type: computed
                      inputs:
                        - code: A.II.6.i.b.1
                          label: Jumlah perijinan/pelayanan yang terdata/terdaftar
                        - code: A.II.6.i.b.2
                          label: Jumlah perijinan/pelayanan yang telah dipermudah
                      formula: A.II.6.i.b.2 / A.II.6.i.b.1
                      clamp: [0, 1]
                      zero_denominator: unanswered
                      explanation: Persentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar
                      guidance: Isikan jumlah perijinan/pelayanan yang terdata dan yang telah dipermudah.
                      evidence:
                        - Daftar jenis perijinan/pelayanan
                        - Dokumen penyederhanaan perijinan/pelayanan
                # Title cut off in print after "dan" (Lampiran III); full title as Lampiran I gives it (docs/sources.md, D10).
                - code: A.II.6.ii
                  title: Penanganan Pengaduan Pelayanan dan Konsultasi
                  weight: 2.50
                  note: 'Judul tercetak terpotong pada Lampiran III: "Penanganan Pengaduan Pelayanan dan". Judul di sini dilengkapi; Lampiran I menyebut indikator ini "Penanganan pengaduan pelayanan".'
                  questions:
                    # Printed as a single unlettered question ("-"): coded a (docs/sources.md, D2).
                    - code: A.II.6.ii.a
                      text: Penanganan pengaduan pelayanan dilakukan melalui berbagai kanal/media secara responsive dan bertanggung jawab
                      type: choice
                      scale: abcd
                      criteria:
                        A: Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui berbagai kanal/media
                        B: Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui kanal/media yang terbatas
                        C: Pengaduan pelayanan dan konsultasi direspon lambat melalui berbagai kanal/media
                        D: Pengaduan pelayanan dan konsultasi direspon lambat dan kanal/media terbatas
                      guidance: Periksa kecepatan respons pengaduan dan konsultasi serta ragam kanal yang tersedia.
                      evidence:
                        - Rekap waktu respons pengaduan per kanal
                        - Tangkapan layar kanal pengaduan
    - code: B
      title: HASIL
      weight: 40.00
      children:
        # Printed "BIROKRASI YANG BERSIH DAN AKUNTABEL" (Lampiran III) and "Birokrasi Yang Bersih Dan Akuntabel"
        # (Tabel 4); written here in title case. Each item carries its own Bobot (Tabel 4).
        - code: B.I
          title: Birokrasi yang Bersih dan Akuntabel
          weight: 22.50
          aggregate: weighted
          questions:
            # ⚠ docs/sources.md, D5: index 0-4, at most 2 decimals; value = index / 4 (3.60 gives 15.75 of 17.50).
            - code: B.I.a
              text: Nilai Survey Persepsi Korupsi (Survei Eksternal)
              type: number
              weight: 17.50
              min: 0
              max: 4
              decimals: 2
              value: x / 4
              explanation: Diisi dengan nilai hasil Survei Eksternal atas Persepsi Anti Korupsi (Indeks Persepsi Anti Korupsi / IPAK)
              guidance: Isikan indeks hasil survei eksternal persepsi anti korupsi, skala 0-4 dengan paling banyak dua desimal. Indeks 3,60 memberi nilai 15,75.
              evidence:
                - Laporan hasil Survei Persepsi Anti Korupsi (IPAK)
            # ⚠ docs/sources.md, D6: only options a-d are printed in Lampiran III. Option E is the fifth
            # criterion of Lampiran I (Komponen Hasil, b. Capaian Kinerja lebih baik): "v. Kinerja utama tidak
            # berorientasi hasil." Lampiran I item iv reads "Target kinerja utama tidak tercapai" (shorter than D).
            - code: B.I.b
              text: Capaian Kinerja Lebih Baik dari pada Capaian Kinerja Sebelumnya
              type: choice
              weight: 5.00
              scale: abcde
              criteria:
                A: Target kinerja utama tercapai lebih dari 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya serta lebih baik dari capaian kinerja nasional/rata-rata capaian kinerja unit yang sejenis;
                B: Target kinerja utama tercapai 100% dan lebih baik dari capaian kinerja utama tahun sebelumnya;
                C: Target kinerja utama tercapai 100% atau lebih, namun tidak lebih baik dari capaian kinerja utama tahun sebelumnya;
                D: Kinerja utama sudah orientasi hasil akan tetapi masih terdapat target kinerja utama yang tidak tercapai;
                # Not printed in Lampiran III; Lampiran I, Komponen Hasil b.v (docs/sources.md, D6).
                E: Kinerja utama tidak berorientasi hasil
              guidance: Bandingkan capaian kinerja utama dengan target, dengan capaian tahun sebelumnya, dan dengan capaian nasional atau unit sejenis.
              evidence:
                - Laporan kinerja tahun ini dan tahun sebelumnya
                - Data capaian kinerja nasional atau unit sejenis
        # Printed "PELAYANAN PUBLIK YANG PRIMA" (Lampiran III) and "Pelayanan Publik Yang Prima" (Tabel 4).
        - code: B.II
          title: Pelayanan Publik yang Prima
          weight: 17.50
          aggregate: weighted
          questions:
            # ⚠ docs/sources.md, D5: index 0-4, at most 2 decimals; value = index / 4 (3.20 gives 14.00 of 17.50).
            - code: B.II.a
              text: Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)
              type: number
              weight: 17.50
              min: 0
              max: 4
              decimals: 2
              value: x / 4
              explanation: Diisi dengan Nilai Hasil Survei Eksternal Kualitas Pelayanan (Indeks Persepsi Kualitas Pelayanan Publik / IPKP)
              guidance: Isikan indeks hasil survei eksternal persepsi kualitas pelayanan, skala 0-4 dengan paling banyak dua desimal. Indeks 3,20 memberi nilai 14,00.
              evidence:
                - Laporan hasil Survei Persepsi Kualitas Pelayanan (IPKP)

# Areas across the two halves (Tabel 3, Lampiran II): area = Pemenuhan + Reform. Thresholds on
# areas are checked on the whole area / area weight (docs/sources.md, D8). Titles as printed in Tabel 3.
groups:
  - code: AREA
    title: Area pengungkit
    children:
      - code: AREA.MP
        title: Manajemen Perubahan
        weight: 8
        sum: [A.I.1, A.II.1]
      - code: AREA.TL
        title: Penataan Tatalaksana
        weight: 7
        sum: [A.I.2, A.II.2]
      - code: AREA.SDM
        title: Penataan Sistem Manajemen SDM
        weight: 10
        sum: [A.I.3, A.II.3]
      - code: AREA.AK
        title: Penguatan Akuntabilitas Kinerja
        weight: 10
        sum: [A.I.4, A.II.4]
      - code: AREA.PW
        title: Penguatan Pengawasan
        weight: 15
        sum: [A.I.5, A.II.5]
      - code: AREA.PL
        title: Peningkatan Kualitas Pelayanan Publik
        weight: 10
        sum: [A.I.6, A.II.6]

# Cross-item checks on the count inputs. Severity error only where the state is impossible
# (docs/sources.md, D4: a numerator larger than its denominator is an error, not a silent cap); warning where
# it is merely suspicious. The printed sample sheet itself has "sedang diproses" 1 + "selesai" 1
# against "harus ditindaklanjuti" 1, and "Jumlah Perubahan yang dibuat" 2 (A.II.1.i.a.2) against 1
# (A.II.1.i.b.1), so those two checks are warnings only.
checks:
  - id: lhkpn-melapor
    rule: A.II.5.iii.a.4 <= A.II.5.iii.a.wajib
    message: jumlah yang sudah melaporkan LHKPN (A.II.5.iii.a.4) melebihi jumlah yang harus melaporkan (A.II.5.iii.a.1 + .2 + .3)
    severity: error
  - id: lhkasn-melapor
    rule: A.II.5.iii.b.4 <= A.II.5.iii.b.wajib
    message: jumlah yang sudah melaporkan LHKASN (A.II.5.iii.b.4) melebihi jumlah yang harus melaporkan (A.II.5.iii.b.1 + .2 + .3)
    severity: error
  - id: pengaduan-selesai
    rule: A.II.5.ii.a.3 <= A.II.5.ii.a.1
    message: jumlah pengaduan masyarakat yang selesai ditindaklanjuti (A.II.5.ii.a.3) melebihi jumlah yang harus ditindaklanjuti (A.II.5.ii.a.1)
    severity: error
  - id: pengaduan-diproses
    rule: A.II.5.ii.a.2 + A.II.5.ii.a.3 <= A.II.5.ii.a.1
    message: jumlah pengaduan yang sedang diproses ditambah yang selesai (A.II.5.ii.a.2 + A.II.5.ii.a.3) melebihi jumlah yang harus ditindaklanjuti (A.II.5.ii.a.1); periksa apakah pengaduan dihitung dua kali
    severity: warning
  - id: perubahan-terintegrasi
    rule: A.II.1.i.b.2 <= A.II.1.i.b.1
    message: jumlah perubahan yang telah diintegrasikan dalam sistem manajemen (A.II.1.i.b.2) melebihi jumlah perubahan yang dibuat (A.II.1.i.b.1)
    severity: error
  - id: perubahan-dibuat-sama
    rule: A.II.1.i.b.1 == A.II.1.i.a.2
    message: jumlah perubahan yang dibuat diisi berbeda pada A.II.1.i.a.2 dan A.II.1.i.b.1; keduanya biasanya menghitung perubahan yang sama
    severity: warning
  - id: sasaran-tercapai
    rule: A.II.4.i.a.2 <= A.II.4.i.a.1
    message: jumlah sasaran kinerja yang tercapai 100% atau lebih (A.II.4.i.a.2) melebihi jumlah sasaran kinerja (A.II.4.i.a.1)
    severity: error
  - id: perijinan-dipermudah
    rule: A.II.6.i.b.2 <= A.II.6.i.b.1
    message: jumlah perijinan/pelayanan yang telah dipermudah (A.II.6.i.b.2) melebihi jumlah yang terdata/terdaftar (A.II.6.i.b.1)
    severity: error
  - id: sanksi-disiplin
    rule: A.II.3.iii.a.3 <= A.II.3.iii.a.1 + A.II.3.iii.a.2
    message: jumlah pelanggaran yang telah diberikan sanksi (A.II.3.iii.a.3) melebihi jumlah pelanggaran tahun sebelumnya dan tahun ini
    severity: warning

# Predicates: Tabel 6, Lampiran II (unchanged by PermenPANRB 5/2024); docs/sources.md. Rule titles
# are the printed row labels of Tabel 6. Tabel 6 calls B.I "Pemerintah yang Bersih dan Akuntabel"
# where Tabel 4 and Lampiran III say "Birokrasi yang Bersih dan Akuntabel"; the title keeps the
# Tabel 6 wording, the rule points at B.I.
# Prerequisites: Tabel 5 "Syarat Pengusulan ZI" of Lampiran II as replaced by PermenPANRB 5/2024
# (docs/sources.md). These texts are short Indonesian restatements, not the printed wording. Items with the same requirement share an id; items whose level differs
# between WBK and WBBM get distinct ids (-wbk / -wbbm), because an answer file states each id once.
predicates:
  - id: wbk
    title: Menuju WBK
    rules:
      - id: total
        title: Nilai Total
        node: NILAI
        min_score: 75
      - id: pengungkit
        title: Nilai Minimal Pengungkit
        node: A
        min_score: 40
      - id: area
        title: Bobot nilai minimal per area pengungkit
        each_child_of: AREA
        min_percent: 60
      # sic (Tabel 6): "Pemerintah yang Bersih dan Akuntabel" for B.I "Birokrasi yang Bersih dan Akuntabel".
      - id: birokrasi-bersih
        title: Nilai komponen hasil “Pemerintah yang Bersih dan Akuntabel” minimal
        node: B.I
        min_score: 18.25
      # 15.75 of 17.50 = survey index 3.60. B.I.a is a question: its score is value x weight.
      - id: ipak
        title: Nilai sub-komponen “Survei Persepsi Anti Korupsi” minimal
        node: B.I.a
        min_score: 15.75
      # 2.50 of 5.00 = option C.
      - id: kinerja
        title: Nilai sub-komponen “Kinerja Lebih Baik” minimal
        node: B.I.b
        min_score: 2.50
      # 14.00 of 17.50 = survey index 3.20.
      - id: pelayanan-prima
        title: Nilai komponen hasil “Pelayanan Publik yang prima” minimal
        node: B.II
        min_score: 14.00
    prerequisites:
      - id: opini-bpk
        text: Opini BPK atas laporan keuangan instansi minimal Wajar Tanpa Pengecualian (WTP)
        explanation: Opini Badan Pemeriksa Keuangan atas laporan keuangan instansi induk untuk tahun anggaran terakhir yang diperiksa. Ya bila opininya Wajar Tanpa Pengecualian; buktinya Laporan Hasil Pemeriksaan BPK.
      - id: sakip-instansi-wbk
        text: Nilai SAKIP instansi minimal B
        explanation: Nilai hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) instansi induk oleh Kementerian PANRB, tahun terakhir. Ya bila minimal B.
      - id: indeks-rb-wbk
        text: Indeks Reformasi Birokrasi instansi minimal CC (pemerintah daerah) atau minimal B (kementerian/lembaga)
        explanation: Indeks Reformasi Birokrasi instansi induk hasil evaluasi Kementerian PANRB. Ambangnya berbeda untuk pemerintah daerah (CC) dan kementerian/lembaga (B).
      - id: maturitas-spip
        text: Tingkat maturitas SPIP instansi minimal level 3
        explanation: Tingkat maturitas Sistem Pengendalian Intern Pemerintah (SPIP) instansi hasil penilaian BPKP. Ya bila minimal level 3 (terdefinisi).
      - id: unit-layanan-utama
        text: Unit kerja merupakan unit yang menjalankan layanan utama (core) instansi dan berdampak signifikan pada persepsi publik atas birokrasi
        explanation: Unit yang diusulkan menjalankan tugas pelayanan inti instansi dan layanannya dirasakan langsung oleh masyarakat; pimpinan instansi menilainya saat mengusulkan.
      - id: tlhp
        text: Penyelesaian tindak lanjut hasil pengawasan/pemeriksaan APIP dan BPK 100%
        explanation: Seluruh rekomendasi hasil pengawasan APIP dan pemeriksaan BPK atas unit kerja sudah ditindaklanjuti.
      - id: lhkasn-lhkpn
        text: Kepatuhan penyampaian LHKASN dan LHKPN 100%
        explanation: Seluruh pegawai unit yang wajib lapor telah menyampaikan LHKPN dan LHKASN.
      - id: pembangunan-zi-wbk
        text: Unit kerja telah melakukan pembangunan Zona Integritas menuju WBK paling sedikit 1 tahun
        explanation: Sejak pencanangan pembangunan Zona Integritas di unit sampai pengusulan telah berjalan paling sedikit satu tahun.
      - id: evaluasi-sakip-unit-wbk
        text: Hasil evaluasi SAKIP internal atas unit kerja minimal B
        explanation: Nilai evaluasi akuntabilitas kinerja yang dilakukan inspektorat (APIP) instansi atas unit kerja. Ya bila minimal B.
  - id: wbbm
    title: Menuju WBBM
    stricter_than: wbk
    rules:
      - id: total
        title: Nilai Total
        node: NILAI
        min_score: 85
      - id: pengungkit
        title: Nilai Minimal Pengungkit
        node: A
        min_score: 48
      - id: area
        title: Bobot nilai minimal per area pengungkit
        each_child_of: AREA
        min_percent: 75
      # sic (Tabel 6): "Pemerintah yang Bersih dan Akuntabel" for B.I "Birokrasi yang Bersih dan Akuntabel".
      - id: birokrasi-bersih
        title: Nilai komponen hasil “Pemerintah yang Bersih dan Akuntabel” minimal
        node: B.I
        min_score: 19.50
      # 15.75 of 17.50 = survey index 3.60 (same as WBK).
      - id: ipak
        title: Nilai sub-komponen “Survei Persepsi Anti Korupsi” minimal
        node: B.I.a
        min_score: 15.75
      # 3.75 of 5.00 = option B.
      - id: kinerja
        title: Nilai sub-komponen “Kinerja Lebih Baik” minimal
        node: B.I.b
        min_score: 3.75
      # 15.75 of 17.50 = survey index 3.60.
      - id: pelayanan-prima
        title: Nilai komponen hasil “Pelayanan Publik yang prima” minimal
        node: B.II
        min_score: 15.75
      # Tabel 6 prints this in the "Nilai Total" cell of the Menuju WBBM column.
      - id: prior
        title: Telah mendapatkan predikat Menuju WBK
        requires_predicate: wbk
    prerequisites:
      - id: opini-bpk
        text: Opini BPK atas laporan keuangan instansi minimal Wajar Tanpa Pengecualian (WTP)
        explanation: Opini Badan Pemeriksa Keuangan atas laporan keuangan instansi induk untuk tahun anggaran terakhir yang diperiksa. Ya bila opininya Wajar Tanpa Pengecualian; buktinya Laporan Hasil Pemeriksaan BPK.
      - id: sakip-instansi-wbbm
        text: Nilai SAKIP instansi minimal BB
        explanation: Nilai hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) instansi induk oleh Kementerian PANRB, tahun terakhir. Ya bila minimal BB.
      - id: indeks-rb-wbbm
        text: Indeks Reformasi Birokrasi instansi minimal B (pemerintah daerah) atau minimal BB (kementerian/lembaga)
        explanation: Indeks Reformasi Birokrasi instansi induk hasil evaluasi Kementerian PANRB. Ambangnya berbeda untuk pemerintah daerah (B) dan kementerian/lembaga (BB).
      - id: maturitas-spip
        text: Tingkat maturitas SPIP instansi minimal level 3
        explanation: Tingkat maturitas Sistem Pengendalian Intern Pemerintah (SPIP) instansi hasil penilaian BPKP. Ya bila minimal level 3 (terdefinisi).
      - id: unit-layanan-utama
        text: Unit kerja merupakan unit yang menjalankan layanan utama (core) instansi dan berdampak signifikan pada persepsi publik atas birokrasi
        explanation: Unit yang diusulkan menjalankan tugas pelayanan inti instansi dan layanannya dirasakan langsung oleh masyarakat; pimpinan instansi menilainya saat mengusulkan.
      - id: tlhp
        text: Penyelesaian tindak lanjut hasil pengawasan/pemeriksaan APIP dan BPK 100%
        explanation: Seluruh rekomendasi hasil pengawasan APIP dan pemeriksaan BPK atas unit kerja sudah ditindaklanjuti.
      - id: lhkasn-lhkpn
        text: Kepatuhan penyampaian LHKASN dan LHKPN 100%
        explanation: Seluruh pegawai unit yang wajib lapor telah menyampaikan LHKPN dan LHKASN.
      - id: pembangunan-zi-wbbm
        text: Unit kerja telah melakukan pembangunan Zona Integritas menuju WBBM paling sedikit 1 tahun
        explanation: Sejak pencanangan pembangunan Zona Integritas menuju WBBM di unit sampai pengusulan telah berjalan paling sedikit satu tahun.
      - id: evaluasi-sakip-unit-wbbm
        text: Hasil evaluasi SAKIP internal atas unit kerja minimal BB
        explanation: Nilai evaluasi akuntabilitas kinerja yang dilakukan inspektorat (APIP) instansi atas unit kerja. Ya bila minimal BB.

"""#),
        ("skm-2017.yaml", #"""
# Survei Kepuasan Masyarakat (SKM) -> Indeks Kepuasan Masyarakat (IKM), PermenPANRB 14/2017.
#
# Sources: docs/sources.md (R14; decisions S1-S2), read from the regulation's own text (Salinan, 30 pp.;
# page numbers below are the printed ones). The survey schema is documented in docs/survey.md.
#
# Items are keyed by UNSUR (Bab I.F, pp. 8-9): U1 ... U9 in the unsur order, which the worked example
# (p. 21) also uses. The sample questionnaire (Lampiran III, pp. 27-28) asks them in another order: its
# Q8 is sarana dan prasarana (unsur 9) and its Q9 is penanganan pengaduan (unsur 8). `form_number`
# records the question's place in that sample form. Question texts and the four answer options are
# copied verbatim from Lampiran III, spelling included ("Bagamana" in Q7, sic; trailing periods differ).
#
# Computation (Bab V, pp. 18-21):
# - NRR per unsur = sum of the values / number of respondents who answered that unsur (p. 20);
# - weight per unsur = 1/X (p. 18). The text prints 1/9 as "0,11"; multiplying by 0,11 caps the index at
#   3,96 (99,00). Default: the exact 1/X; the printed 0,11 is the profile `legacy-0.11`;
# - Nilai Indeks (NI, 1-4) = sum of the weighted NRR; conversion NIK = NI x 25 (pp. 19, 21);
# - mutu pelayanan and kinerja unit from Tabel II (p. 19), read on NIK rounded to 2 decimals, with the
#   printed lower bounds 88,31 / 76,61 / 65,00 / 25,00 (the printed table has gaps of 0,01 between rows).
format: lke/1
kind: survey
id: skm-2017
instrument: skm
title: Survei Kepuasan Masyarakat (SKM)
version: "2017.1"
legal_basis:
  - Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik
language: id
rounding: {decimals: 2, mode: half-away-from-zero}
# NRR and NI are shown with 4 decimals (docs/sources.md, S2); NIK with 2.
precision: {nrr: 4, index: 4, converted: 2}

# Lampiran III, heading of part II of the sample questionnaire, verbatim.
instructions: PENDAPAT RESPONDEN TENTANG PELAYANAN (Lingkari kode huruf sesuai jawaban masyarakat/responden)

# Bab IV.A.2.c, p. 16: four categories, nilai persepsi 1-4. The letters a-d are the codes of the sample
# form (Lampiran III, column "P": a = 1, b = 2, c = 3, d = 4).
scale:
  min: 1
  max: 4
  options:
    - value: 1
      label: Tidak baik
      aliases: [a]
    - value: 2
      label: Kurang baik
      aliases: [b]
    - value: 3
      label: Baik
      aliases: [c]
    - value: 4
      label: Sangat baik
      aliases: [d]

items:
  - code: U1
    title: Persyaratan
    form_number: 1
    text: Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya.
    options: [Tidak sesuai, Kurang sesuai, Sesuai, Sangat sesuai]
  - code: U2
    title: Sistem, Mekanisme, dan Prosedur
    form_number: 2
    text: Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini.
    options: [Tidak mudah, Kurang mudah, Mudah, Sangat mudah]
    aliases: [Prosedur]
  - code: U3
    title: Waktu Penyelesaian
    form_number: 3
    text: Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan.
    options: [Tidak cepat, Kurang cepat, Cepat, Sangat cepat]
  # Footnote *) p. 9: unsur 4 may be replaced by another question where the service is free by law.
  - code: U4
    title: Biaya/Tarif
    form_number: 4
    text: Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan
    options: [Sangat mahal, Cukup mahal, Murah, Gratis]
  - code: U5
    title: Produk Spesifikasi Jenis Pelayanan
    form_number: 5
    text: Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan.
    options: [Tidak sesuai, Kurang sesuai, Sesuai, Sangat sesuai]
  # Footnote **) p. 9: unsur 6 and 7 may be replaced for web-based services.
  - code: U6
    title: Kompetensi Pelaksana
    form_number: 6
    text: Bagaimana pendapat Saudara tentang kompetensi/ kemampuan petugas dalam pelayanan.
    options: [Tidak kompeten, Kurang kompeten, Kompeten, Sangat kompeten]
  - code: U7
    title: Perilaku Pelaksana
    form_number: 7
    # sic: "Bagamana" as printed.
    text: Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan
    options: [Tidak sopan dan ramah, Kurang sopan dan ramah, Sopan dan ramah, Sangat sopan dan ramah]
  # Unsur 8 is question 9 of the sample form.
  - code: U8
    title: Penanganan Pengaduan, Saran dan Masukan
    form_number: 9
    text: Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan
    options: [Tidak ada, Ada tetapi tidak berfungsi, Berfungsi kurang maksimal, Dikelola dengan baik]
    aliases: [Penanganan Pengaduan]
  # Unsur 9 is question 8 of the sample form.
  - code: U9
    title: Sarana dan prasarana
    form_number: 8
    text: Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana
    options: [Buruk, Cukup, Baik, Sangat Baik]

# Bab V.A.1, p. 18: "Bobot nilai rata-rata tertimbang = Jumlah Bobot / Jumlah Unsur = 1/X = N", printed for
# 9 unsur as "1/9 = 0,11". Units may weight unsur differently if the weights still sum to 1 (p. 19).
weights:
  default: exact
  profiles:
    - id: exact
      title: Bobot sama 1/X, tepat (X = jumlah unsur yang terisi)
      each: equal
    - id: legacy-0.11
      title: Bobot tercetak 0,11 per unsur (Bab V.A.1, hlm. 18); indeks paling tinggi 3,96 (99,00)
      each: 0.11

index:
  title: Nilai Indeks (NI), skala 1-4
  default: nrr-tertimbang
  rules:
    - id: nrr-tertimbang
      title: NI = jumlah NRR tertimbang (Bab V.B.2, hlm. 19-21)
      formula: mean

# "SKM Unit pelayanan x 25" (p. 19); "X x 25 = y" (p. 21).
converted:
  title: Nilai Interval Konversi (NIK), skala 25-100
  formula: index * 25

# Tabel II, p. 19, as lower bounds on NIK rounded to 2 decimals.
bands:
  on: converted
  grade_title: Mutu pelayanan
  label_title: Kinerja unit pelayanan
  levels:
    - min: 88.31
      grade: A
      label: Sangat baik
    - min: 76.61
      grade: B
      label: Baik
    - min: 65.00
      grade: C
      label: Kurang baik
    - min: 25.00
      grade: D
      label: Tidak baik

# Bab IV.B.a, p. 17, and Lampiran II (pp. 25-26): S = {λ².N.P.Q} / {d²(N-1) + λ².P.Q}. With λ² = 3,841,
# P = Q = 0,5 and d = 0,05 (printed "d = 0,0", sic) and S rounded to the nearest whole number, the formula
# gives every one of the 90 rows of the Krejcie-Morgan table.
sample_size:
  method: krejcie-morgan
  chi_square: 3.841
  proportion: 0.5
  margin: 0.05

# Respondent profile (Lampiran III, PROFIL; Bab V.B.3 and VI.3: kelompok umur, jenis kelamin, pendidikan,
# pekerjaan) and the service received. `date` names the columns that hold the date of the answer.
respondents:
  date: [Cap waktu, Timestamp, Tanggal Survei, Tanggal, Waktu, Date]
  profile:
    - id: jenis-kelamin
      title: Jenis kelamin
      columns: [Jenis Kelamin, Kelamin, L/P, Gender]
      values:
        - label: Laki-laki
          aliases: [L, Laki laki, Pria]
        - label: Perempuan
          aliases: [P, Wanita]
    - id: usia
      title: Kelompok umur
      columns: [Usia, Umur, Usia (tahun)]
      bins: [20, 30, 40, 50, 60]
    - id: pendidikan
      title: Pendidikan terakhir
      columns: [Pendidikan, Pendidikan Terakhir]
      values:
        - label: SD
        - label: SMP
        - label: SMA
          aliases: [SMK, SLTA]
        - label: DIII
          aliases: [D3, D-III]
        - label: S1
          aliases: [D4]
        - label: S2
        - label: S3
    - id: pekerjaan
      title: Pekerjaan utama
      columns: [Pekerjaan, Pekerjaan Utama]
      values:
        - label: PNS
        - label: TNI
        - label: POLRI
        - label: Swasta
        - label: Wirausaha
        - label: Lainnya
    - id: layanan
      title: Jenis layanan yang diterima
      columns: [Jenis Layanan, Layanan, Jenis Layanan yang diterima]

"""#),
        ("spak-2023.yaml", #"""
# Survei Persepsi Anti Korupsi (SPAK) -> Indeks Persepsi Anti Korupsi (IPAK), the survei mandiri of
# SE MenPANRB 4/2023, feeding B.I.a of the LKE Zona Integritas (PermenPANRB 90/2021).
#
# Sources: docs/sources.md (SE 4/2023 read page by page from the scan, and PermenPANRB 90/2021; S3-S4).
# The 5 statements and their "Info" texts are copied verbatim from Lampiran II "CONTOH SURVEI HASIL
# PEMBANGUNAN ZI" (pp. 9-12), part B. The item titles are short names for tables, not printed in the SE
# (they follow the five aspects of 90/2021 Lampiran I, p. 30). SE E.2.c also names an "integritas"
# aspect, but the Lampiran has no item for it (docs/sources.md, S4). Every statement is phrased so
# that agreeing is good: no item is reverse-coded. The survey schema is documented in docs/survey.md.
#
# Open points, settled here as data (docs/sources.md, S3-S4):
# - how the 1-6 stars become the 0-4 index is not published anywhere. Three candidate rules are declared
#   below; the default is proportional (index = 4 x mean / 6). Every report prints the rule it used;
#   choose another with 'lke survey --conversion ID';
# - items are combined with equal weights (mean of the item means), by analogy with PermenPANRB 14/2017;
# - the index is written into the LKE with 2 decimals (B.I.a takes at most 2).
format: lke/1
kind: survey
id: spak-2023
instrument: spak
title: Survei Persepsi Anti Korupsi (SPAK)
version: "2023.1"
legal_basis:
  - Surat Edaran Menteri PANRB Nomor 4 Tahun 2023 tentang Pengusulan dan Evaluasi Zona Integritas 2023, huruf E.2 dan Lampiran II
  - Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju WBK dan WBBM di Instansi Pemerintah, Lampiran II dan III
language: id
rounding: {decimals: 2, mode: half-away-from-zero}
precision: {nrr: 4, index: 2}

# Verbatim instruction box of Lampiran II (p. 9); six stars are drawn.
instructions: Kami akan meminta pendapat Bapak/Ibu mengenai beberapa hal terkait kualitas dan integritas pemberian pelayanan pada unit layanan ini. Berilah nilai bintang antara 1 - 6 pada setiap pernyataan, dimana semakin banyak bintang menunjukan bahwa Bapak/Ibu semakin setuju Bahwa kualitas pelayanan pada unit layanan ini semakin baik

# Stars 1-6; more stars = more agreement = better. The SE names no intermediate points.
scale:
  min: 1
  max: 6
  options:
    - value: 1
      label: 1 bintang
      aliases: [★, 1 star]
    - value: 2
      label: 2 bintang
      aliases: [★★, 2 stars]
    - value: 3
      label: 3 bintang
      aliases: [★★★, 3 stars]
    - value: 4
      label: 4 bintang
      aliases: [★★★★, 4 stars]
    - value: 5
      label: 5 bintang
      aliases: [★★★★★, 5 stars]
    - value: 6
      label: 6 bintang
      aliases: [★★★★★★, 6 stars]

items:
  - code: SPAK1
    title: Diskriminasi pelayanan
    text: Tidak ada diskriminasi pelayanan pada unit layanan ini
    explanation: apakah ada petugas yang memberikan pelayanan secara khusus atau membeda-bedakan pelayanan karena faktor suku, agama, kekerabatan, almamater, dan sejenisnya
  - code: SPAK2
    title: Kecurangan pelayanan
    text: Tidak ada pelayanan diluar prosedur/kecurangan pelayanan pada unit layanan ini
    explanation: apakah ada Petugas yang memberikan pelayanan yang tidak sesuai dengan ketentuan sehingga mengindikasikan kecurangan, seperti penyerobotan antrian, mempersingkat waktu tunggu layanan di luar prosedur, pengurangan syarat/prosedur, pengurangan denda, dll
  - code: SPAK3
    title: Imbalan dan/atau gratifikasi
    text: Tidak ada penerimaan imbalan uang/barang/fasilitas diluar ketentuan yang berlaku pada unit layanan ini
    explanation: apakah ada Petugas yang menerima/bahkan meminta imbalan uang untuk alasan administrasi, transpor, rokok, kopi, dll di luar ketentuan, pemberian imbalan barang berupa makanan jadi, rokok, parsel, perhiasan, elektronik, pakaian, bahan pangan, dll diluar ketentuan, pemberian imbalan fasilitas berupa akomodasi (hotel, resort perjalanan/jasa transport, komunikasi, hiburan, voucher belanja, dll) diluar ketentuan
  - code: SPAK4
    title: Pungutan liar
    text: Tidak ada pungutan liar (pungli) pada unit layanan ini
    explanation: 'apakah ada Petugas yang melakukan pungli, yaitu permintaan pembayaran atas pelayanan yang diterima pengguna layanan di luar tarif resmi (Pungli bisa dikamuflasekan melalui berbagai istilah seperti "uang administrasi", "uang rokok", "uang terima kasih", dsb)'
  - code: SPAK5
    title: Percaloan
    text: Tidak ada percaloan/perantara tidak resmi pada unit layanan ini
    explanation: apakah ada praktik percaloan (Pihak yang melakukan percaloan dapat berasal dari oknum pegawai pada unit layanan ini, maupun pihak luar yang memiliki hubungan/atau tidak memiliki hubungan dengan oknum pegawai)

weights:
  default: equal
  profiles:
    - id: equal
      title: Bobot sama 1/X, tepat (rata-rata dari rata-rata butir)
      each: equal

# `mean` is the mean of the item means on the 1-6 star scale.
index:
  title: Indeks Persepsi Anti Korupsi (IPAK), skala 0-4
  default: proportional
  note: SE MenPANRB 4/2023 dan PermenPANRB 90/2021 tidak menetapkan cara mengubah jawaban bintang 1-6 menjadi indeks skala 4; aturan yang dipakai dinyatakan dalam definisi survei ini
  rules:
    - id: proportional
      title: Proporsional, indeks = 4 x rata-rata / 6
      formula: 4 * mean / 6
    - id: minmax-0-4
      title: Min-maks ke 0-4, indeks = 4 x (rata-rata - 1) / 5
      formula: 4 * (mean - 1) / 5
    - id: minmax-1-4
      title: Min-maks ke 1-4, indeks = 1 + 3 x (rata-rata - 1) / 5
      formula: 1 + 3 * (mean - 1) / 5

sample_size:
  method: krejcie-morgan
  chi_square: 3.841
  proportion: 0.5
  margin: 0.05

# The LKE question this index answers. 90/2021 Lampiran II (p. 55) asks at least 30 respondents per unit
# for the TPN survey; SE 4/2023 E.2.g takes the mean over at least the last 3 months.
feeds:
  questionnaire: lke-zi-2021
  code: B.I.a
  min_respondents: 30
  min_months: 3

respondents:
  date: [Cap waktu, Timestamp, Tanggal Survei, Tanggal, Waktu, Date]
  profile:
    - id: jenis-kelamin
      title: Jenis kelamin
      columns: [Jenis Kelamin, Kelamin, L/P, Gender]
      values:
        - label: Laki-laki
          aliases: [L, Laki laki, Pria]
        - label: Perempuan
          aliases: [P, Wanita]
    - id: usia
      title: Kelompok umur
      columns: [Usia, Umur, Usia (tahun)]
      bins: [20, 30, 40, 50, 60]
    - id: pendidikan
      title: Pendidikan terakhir
      columns: [Pendidikan, Pendidikan Terakhir]
      values:
        - label: SD
        - label: SMP
        - label: SMA
          aliases: [SMK, SLTA]
        - label: DIII
          aliases: [D3, D-III]
        - label: S1
          aliases: [D4]
        - label: S2
        - label: S3
    - id: pekerjaan
      title: Pekerjaan utama
      columns: [Pekerjaan, Pekerjaan Utama]
      values:
        - label: PNS
        - label: TNI
        - label: POLRI
        - label: Swasta
        - label: Wirausaha
        - label: Lainnya
    - id: layanan
      title: Jenis layanan yang diterima
      columns: [Jenis Layanan, Layanan, Jenis Layanan yang diterima]

"""#),
        ("spkp-2023.yaml", #"""
# Survei Persepsi Kualitas Pelayanan (SPKP) -> Indeks Persepsi Kualitas Pelayanan (IPKP), the survei
# mandiri of SE MenPANRB 4/2023, feeding B.II.a of the LKE Zona Integritas (PermenPANRB 90/2021).
#
# Sources: docs/sources.md (SE 4/2023 read page by page from the scan, and PermenPANRB 90/2021; S3-S4).
# The 8 statements and their "Info" texts are copied verbatim from Lampiran II "CONTOH SURVEI HASIL
# PEMBANGUNAN ZI" (pp. 9-12), part A. The item titles are short names for tables, not printed in the SE
# (they follow the aspects of SE E.2.c). Every statement is phrased so that agreeing is good: no item is
# reverse-coded. The survey schema is documented in docs/survey.md.
#
# Open points, settled here as data (docs/sources.md, S3-S4):
# - how the 1-6 stars become the 0-4 index is not published anywhere. Three candidate rules are declared
#   below; the default is proportional (index = 4 x mean / 6). Every report prints the rule it used;
#   choose another with 'lke survey --conversion ID';
# - items are combined with equal weights (mean of the item means), by analogy with PermenPANRB 14/2017;
# - the index is written into the LKE with 2 decimals (B.II.a takes at most 2).
format: lke/1
kind: survey
id: spkp-2023
instrument: spkp
title: Survei Persepsi Kualitas Pelayanan (SPKP)
version: "2023.1"
legal_basis:
  - Surat Edaran Menteri PANRB Nomor 4 Tahun 2023 tentang Pengusulan dan Evaluasi Zona Integritas 2023, huruf E.2 dan Lampiran II
  - Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju WBK dan WBBM di Instansi Pemerintah, Lampiran II dan III
language: id
rounding: {decimals: 2, mode: half-away-from-zero}
precision: {nrr: 4, index: 2}

# Verbatim instruction box of Lampiran II (p. 9); six stars are drawn.
instructions: Kami akan meminta pendapat Bapak/Ibu mengenai beberapa hal terkait kualitas dan integritas pemberian pelayanan pada unit layanan ini. Berilah nilai bintang antara 1 - 6 pada setiap pernyataan, dimana semakin banyak bintang menunjukan bahwa Bapak/Ibu semakin setuju Bahwa kualitas pelayanan pada unit layanan ini semakin baik

# Stars 1-6; more stars = more agreement = better. The SE names no intermediate points.
scale:
  min: 1
  max: 6
  options:
    - value: 1
      label: 1 bintang
      aliases: [★, 1 star]
    - value: 2
      label: 2 bintang
      aliases: [★★, 2 stars]
    - value: 3
      label: 3 bintang
      aliases: [★★★, 3 stars]
    - value: 4
      label: 4 bintang
      aliases: [★★★★, 4 stars]
    - value: 5
      label: 5 bintang
      aliases: [★★★★★, 5 stars]
    - value: 6
      label: 6 bintang
      aliases: [★★★★★★, 6 stars]

items:
  - code: SPKP1
    title: Informasi pelayanan
    text: Informasi Pelayanan pada unit layanan ini tersedia melalui media elektronik maupun non elektronik
    explanation: apakah sistem informasi pelayanan selalu tersedia dan dapat menjawab kebutuhan pengguna layanan, sistem informasi pelayanan mudah digunakan, serta sistem informasi pelayanan memiliki fasilitas interaktif dan FAQ
  - code: SPKP2
    title: Persyaratan
    text: Persyaratan pelayanan yang diinformasikan sesuai dengan persyaratan yang ditetapkan unit layanan ini
    explanation: apakah informasi persyaratan layanan dapat dipahami dengan jelas dan sesuai untuk mendapatkan produk/jenis pelayanan, serta penerapan persyaratan pelayanan sesuai dengan yang diinformasikan
  - code: SPKP3
    title: Prosedur
    text: Prosedur/Alur pelayanan yang ditetapkan unit layanan ini mudah diikuti/dilakukan
    explanation: apakah informasi prosedur/alur layanan dapat dipahami dengan jelas dan sesuai untuk mendapatkan produk/jenis pelayanan, serta penerapan prosedur/alur pelayanan sesuai dengan yang diinformasikan
  - code: SPKP4
    title: Waktu penyelesaian
    text: Jangka waktu penyelesaian pelayanan yang diterima Bapak/Ibu sesuai dengan yang ditetapkan unit layanan ini
    explanation: apakah informasi jangka waktu penyelesaian pelayanan dapat dipahami dengan jelas, jangka waktu penyelesaian pelayanan tersebut wajar, dan jangka waktu penyelesaian pelayanan sesuai dengan yang diinformasikan
  - code: SPKP5
    title: Tarif/biaya
    text: Tarif/Biaya pelayanan yang dibayarkan pada unit layanan ini sesuai dengan tarif/biaya yang ditetapkan
    explanation: apakah informasi biaya pelayanan dapat dipahami dengan jelas dan biaya pelayanan yang dibayarkan sesuai dengan yang diinformasikan, termasuk apabila biaya pelayanan diinformasikan gratis memang benar tidak dilakukan pembayaran
  - code: SPKP6
    title: Sarana prasarana
    text: Sarana prasarana pendukung pelayanan/sistem pelayanan online yang disediakan unit layanan ini memberikan kenyamanan/mudah digunakan
    explanation: apakah sarana prasarana pendukung pelayanan/sistem pelayanan online sudah mempermudah proses pelayanan, meringkas waktu dan hemat biaya
  # This Info text is abridged at "…" (the full wording is in SE 4/2023 Lampiran II); it is kept abridged.
  - code: SPKP7
    title: Respon petugas
    text: Petugas pelayanan/sistem pelayanan online pada unit layanan ini merespon keperluan Bapak/Ibu dengan cepat
    explanation: apakah petugas mampu memberikan respon pelayanan dengan cepat … baik melalui tatap muka langsung, maupun melalui aplikasi layanan daring, petugas mudah dikenali (memakai seragam, tanda pengenal, dll), petugas melayani dengan ramah (senyum, salam, sapa, sopan, dan santun)
  - code: SPKP8
    title: Konsultasi dan pengaduan
    text: Layanan konsultasi dan pengaduan yang disediakan unit layanan ini mudah digunakan/diakses
    explanation: apakah sarana layanan konsultasi dan pengaduan beragam (tempat konsultasi dan pengaduan/hotline/call center/media online), prosedur untuk melakukan konsultasi dan pengaduan mudah, respon konsultasi dan pengaduan cepat serta tindak lanjut proses penanganan konsultasi dan pengaduan jelas

weights:
  default: equal
  profiles:
    - id: equal
      title: Bobot sama 1/X, tepat (rata-rata dari rata-rata butir)
      each: equal

# `mean` is the mean of the item means on the 1-6 star scale.
index:
  title: Indeks Persepsi Kualitas Pelayanan (IPKP), skala 0-4
  default: proportional
  note: SE MenPANRB 4/2023 dan PermenPANRB 90/2021 tidak menetapkan cara mengubah jawaban bintang 1-6 menjadi indeks skala 4; aturan yang dipakai dinyatakan dalam definisi survei ini
  rules:
    - id: proportional
      title: Proporsional, indeks = 4 x rata-rata / 6
      formula: 4 * mean / 6
    - id: minmax-0-4
      title: Min-maks ke 0-4, indeks = 4 x (rata-rata - 1) / 5
      formula: 4 * (mean - 1) / 5
    - id: minmax-1-4
      title: Min-maks ke 1-4, indeks = 1 + 3 x (rata-rata - 1) / 5
      formula: 1 + 3 * (mean - 1) / 5

sample_size:
  method: krejcie-morgan
  chi_square: 3.841
  proportion: 0.5
  margin: 0.05

# The LKE question this index answers. 90/2021 Lampiran II (p. 55) asks at least 30 respondents per unit
# for the TPN survey; SE 4/2023 E.2.g takes the mean over at least the last 3 months.
feeds:
  questionnaire: lke-zi-2021
  code: B.II.a
  min_respondents: 30
  min_months: 3

respondents:
  date: [Cap waktu, Timestamp, Tanggal Survei, Tanggal, Waktu, Date]
  profile:
    - id: jenis-kelamin
      title: Jenis kelamin
      columns: [Jenis Kelamin, Kelamin, L/P, Gender]
      values:
        - label: Laki-laki
          aliases: [L, Laki laki, Pria]
        - label: Perempuan
          aliases: [P, Wanita]
    - id: usia
      title: Kelompok umur
      columns: [Usia, Umur, Usia (tahun)]
      bins: [20, 30, 40, 50, 60]
    - id: pendidikan
      title: Pendidikan terakhir
      columns: [Pendidikan, Pendidikan Terakhir]
      values:
        - label: SD
        - label: SMP
        - label: SMA
          aliases: [SMK, SLTA]
        - label: DIII
          aliases: [D3, D-III]
        - label: S1
          aliases: [D4]
        - label: S2
        - label: S3
    - id: pekerjaan
      title: Pekerjaan utama
      columns: [Pekerjaan, Pekerjaan Utama]
      values:
        - label: PNS
        - label: TNI
        - label: POLRI
        - label: Swasta
        - label: Wirausaha
        - label: Lainnya
    - id: layanan
      title: Jenis layanan yang diterima
      columns: [Jenis Layanan, Layanan, Jenis Layanan yang diterima]

"""#),
    ]
}
